// What the store keeps of a coded document, and the content hash --resume uses.
#include <gtest/gtest.h>

#include "dyad/store.h"

namespace dyad {
namespace {

Document sample_document() {
  Document d;
  d.id = "treaty";
  d.path = "in/2024-06-19-treaty.txt";
  d.date = "2024-06-19";
  d.title = "Treaty signed";
  d.url = "https://example.org/treaty";
  d.text = "Putin and Kim signed a treaty. It binds both.";
  return d;
}

TEST(ContentHash, ChangesWithWhatCodingReads) {
  Document d = sample_document();
  const std::string hash = content_hash(d);
  EXPECT_EQ(hash.rfind("fnv1a64:", 0), 0u);
  EXPECT_EQ(hash.size(), 8u + 16u);
  EXPECT_EQ(content_hash(sample_document()), hash);
  Document other = d;
  other.text.push_back(' ');
  EXPECT_NE(content_hash(other), hash);
  other = d;
  other.date = "2024-06-20";
  EXPECT_NE(content_hash(other), hash);
  other = d;
  other.path = "elsewhere/treaty.txt";  // where it was read from is not content
  EXPECT_EQ(content_hash(other), hash);
}

Document titled(std::string title, std::string url) {
  Document d = sample_document();
  d.title = std::move(title);
  d.url = std::move(url);
  return d;
}

TEST(ContentHash, FieldBoundariesMatter) {
  EXPECT_NE(content_hash(titled("ab", "c")), content_hash(titled("a", "bc")));
}

TEST(StoredDocument, KeepsSentencesAndEvents) {
  Document d = sample_document();
  CodedDocument coded;
  coded.sentences = {Span{0, 30}, Span{31, 45}};
  Event e;
  e.sentence = 0;
  coded.events = {e};
  StoredDocument stored = to_stored_document(d, coded);
  EXPECT_FALSE(stored.failed());
  EXPECT_EQ(stored.content_hash, content_hash(d));
  ASSERT_EQ(stored.sentences.size(), 2u);
  EXPECT_EQ(stored.sentences[0].text, "Putin and Kim signed a treaty.");
  EXPECT_EQ(stored.sentences[1].text, "It binds both.");
  EXPECT_EQ(stored.events.size(), 1u);
  EXPECT_EQ(stored.url, d.url);
}

TEST(StoredDocument, NamesAFailureWithoutAnId) {
  StoredDocument with_line = to_stored_document(FailedDocument{"", "in/x.jsonl", 3, "broken JSON"});
  EXPECT_EQ(with_line.id, "in/x.jsonl:3");
  EXPECT_TRUE(with_line.failed());
  EXPECT_EQ(with_line.error, "broken JSON");
  EXPECT_EQ(to_stored_document(FailedDocument{"", "in/x.txt", 0, "bad UTF-8"}).id, "in/x.txt");
  EXPECT_EQ(to_stored_document(FailedDocument{"x", "in/x.txt", 0, ""}).error,
            "unreadable document");
}

}  // namespace
}  // namespace dyad
