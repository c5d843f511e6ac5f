// Status: ok, or a kind and a message; Status::Error keeps its old meaning.
#include "dyad/status.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

TEST(Status, OkHasNoKindOfFailure) {
  EXPECT_TRUE(Status::Ok().ok());
  EXPECT_EQ(Status().kind(), StatusKind::kOk);
  EXPECT_EQ(Status().message(), "");
}

TEST(Status, ErrorIsAFailureOfTheGeneralKind) {
  Status s = Status::Error("cannot commit");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.kind(), StatusKind::kError);
  EXPECT_EQ(s.message(), "cannot commit");
}

TEST(Status, EachFactoryGivesItsKind) {
  EXPECT_EQ(Status::InvalidArgument("x").kind(), StatusKind::kInvalidArgument);
  EXPECT_EQ(Status::NotFound("x").kind(), StatusKind::kNotFound);
  EXPECT_EQ(Status::InvalidData("x").kind(), StatusKind::kInvalidData);
  EXPECT_EQ(Status::IoError("x").kind(), StatusKind::kIoError);
  EXPECT_EQ(Status::Unavailable("x").kind(), StatusKind::kUnavailable);
  EXPECT_STREQ(status_kind_name(StatusKind::kNotFound), "not found");
}

TEST(Status, AFailureWithoutAMessageIsStillAFailure) {
  Status s = Status::NotFound("");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "unknown error");
}

TEST(Status, ResultCarriesTheKind) {
  Result<std::string> r = Status::Unavailable("cannot connect");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().kind(), StatusKind::kUnavailable);
  Result<std::string> v = std::string("value");
  EXPECT_EQ(v.status().kind(), StatusKind::kOk);
}

}  // namespace
}  // namespace dyad
