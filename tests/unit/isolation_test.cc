// run_isolated(): work in a child process; a crash, an exit or a hang there
// is reported, never suffered.
#include "dyad/isolation.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <thread>

namespace dyad {
namespace {

using std::chrono::milliseconds;

TEST(Isolation, WorkThatReturnsCompletes) {
  int touched = 0;
  IsolatedOutcome outcome = run_isolated([&] { touched = 1; }, milliseconds(10000));
  EXPECT_TRUE(outcome.completed) << outcome.how;
  EXPECT_EQ(touched, 0) << "the work ran in a copy of the process, not in it";
}

TEST(Isolation, ACrashIsReportedWithItsSignal) {
  IsolatedOutcome outcome = run_isolated([] { std::raise(SIGSEGV); }, milliseconds(10000));
  EXPECT_FALSE(outcome.completed);
  EXPECT_EQ(outcome.how, "crashed (signal 11: Segmentation fault)");
}

TEST(Isolation, AnAbortIsACrash) {
  IsolatedOutcome outcome = run_isolated([] { std::abort(); }, milliseconds(10000));
  EXPECT_FALSE(outcome.completed);
  EXPECT_NE(outcome.how.find("signal 6"), std::string::npos) << outcome.how;
}

TEST(Isolation, AnExitIsNoCompletion) {
  IsolatedOutcome outcome = run_isolated([] { std::_Exit(3); }, milliseconds(10000));
  EXPECT_FALSE(outcome.completed);
  EXPECT_EQ(outcome.how, "ended with exit status 3");
}

TEST(Isolation, AHangIsKilledAtTheTimeLimit) {
  auto started = std::chrono::steady_clock::now();
  IsolatedOutcome outcome =
      run_isolated([] { std::this_thread::sleep_for(std::chrono::hours(1)); }, milliseconds(300));
  EXPECT_FALSE(outcome.completed);
  EXPECT_EQ(outcome.how, "did not finish in 300 ms");
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(30));
}

}  // namespace
}  // namespace dyad
