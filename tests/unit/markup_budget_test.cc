// HTML work is bounded: the markup is measured before it is parsed, the
// parse has a memory and a time budget, and the walks over the tree need no
// deep stack. The pages of issue 10 are here: 50,000 nested <div>s, 20,000
// unclosed ones, repeated broken <a> tags.
#include "ingest/markup_budget.h"

#include <gtest/gtest.h>
#include <pthread.h>

#include <string>

#include "dyad/ingest.h"
#include "repeated_text.h"

namespace dyad {
namespace {

using testing::repeat;

html::MarkupCosts measure(std::string_view page) { return html::measure_markup(page, 1000000, 1ull << 40); }

const char* kParagraph = "<p>The two delegations met at the border on Tuesday, officials said, and agreed to meet again.</p>";

std::string error_of(std::string_view page, const HtmlLimits& limits = {}) {
  Result<HtmlArticle> article = extract_article(page, limits);
  return article.ok() ? "" : article.status().message();
}

TEST(MarkupBudget, CountsNestingTheWayTheParserBuildsIt) {
  EXPECT_EQ(measure("<div><div><p>x</p></div></div>").deepest, 3u);
  EXPECT_EQ(measure("<p>a<p>b<p>c").deepest, 1u) << "a <p> closes the open one";
  EXPECT_EQ(measure("<ul><li>a<li>b<li>c</ul>").deepest, 2u);
  EXPECT_EQ(measure("<ul><li><ul><li><ul><li>x").deepest, 6u) << "a list in an item nests";
  EXPECT_EQ(measure("<table><tr><td><table><tr><td>x").deepest, 6u) << "a table in a cell nests";
  EXPECT_EQ(measure("<h1>a<h2>b").deepest, 1u) << "a heading closes the heading it is in";
  EXPECT_EQ(measure("<h1><b>a<h2>b").deepest, 3u) << "...only when it is the current element";
  EXPECT_EQ(measure("<p>text<div>block</div>").deepest, 1u) << "a block closes an open <p>";
  EXPECT_EQ(measure("<br><img src=x><hr><meta charset=utf-8>").deepest, 0u) << "void elements";
  EXPECT_EQ(measure("<br><img src=x>").tags, 2u);
  EXPECT_EQ(measure("<a href=1>x<a href=2>y<a href=3>z").deepest, 1u) << "<a> closes an open <a>";
  EXPECT_EQ(measure("<a><b>x<a><b>y").deepest, 3u) << "what was inside the closed <a> stays open";
}

TEST(MarkupBudget, CommentsScriptsAndQuotedAttributesHoldNoTags) {
  EXPECT_EQ(measure("<!-- <div><div><div> -->").tags, 0u);
  EXPECT_EQ(measure("<script>if (a<b) document.write('<div><div>');</script>").tags, 1u);
  EXPECT_EQ(measure("<style>p > a { x: '<b>' }</style>").tags, 1u);
  EXPECT_EQ(measure("<a title=\"x > <div> y\">z</a>").tags, 1u);
  EXPECT_EQ(measure("1 < 2 and 3 <4").tags, 0u) << "a '<' before no letter is text";
  EXPECT_EQ(measure("<a href=\"never closed").tags, 1u);
}

TEST(MarkupBudget, StopsCountingPastALimit) {
  html::MarkupCosts costs = html::measure_markup(repeat("<div>", 100000), 10, 1ull << 40);
  EXPECT_EQ(costs.tags, 11u);
}

TEST(HtmlBudget, FiftyThousandNestedDivsAreRefusedAtOnce) {
  std::string page = repeat("<div>", 50000) + kParagraph + repeat("</div>", 50000);  // 550 KB
  std::string error = error_of(page);
  EXPECT_NE(error.find("HTML over its parsing budget: markup nested at least"), std::string::npos) << error;
}

TEST(HtmlBudget, TwentyThousandUnclosedDivsAreRefused) {
  std::string error = error_of(repeat("<div>", 20000) + kParagraph);  // 100 KB
  EXPECT_NE(error.find("nested at least"), std::string::npos) << error;
}

TEST(HtmlBudget, NestedListsAreRefused) {
  std::string error = error_of(repeat("<ul><li>", 20000) + kParagraph);
  EXPECT_NE(error.find("nested at least"), std::string::npos) << error;
}

TEST(HtmlBudget, RepeatedBrokenLinksAreParsed) {
  // 1 MB of unclosed <a>s: each closes the one before, so the tree stays flat.
  std::string page = "<html><body>" + repeat("<a href=/story>a link to a story ", 31000) + kParagraph;
  ASSERT_GT(page.size(), 1000000u);
  Result<HtmlArticle> article = extract_article(page);
  ASSERT_TRUE(article.ok()) << article.status().message();
  // Links that reopen formatting elements do nest: refused.
  std::string error = error_of(repeat("<a><b>x", 50000));
  EXPECT_NE(error.find("nested at least"), std::string::npos) << error;
}

TEST(HtmlBudget, TooManyTagsAreRefused) {
  HtmlLimits limits;
  limits.max_tags = 100;
  std::string error = error_of(repeat(kParagraph, 101), limits);
  EXPECT_EQ(error, "HTML over its parsing budget: more than 100 tags");
  EXPECT_EQ(error_of(repeat(kParagraph, 99), limits), "");
}

TEST(HtmlBudget, TheParserHasAMemoryBudget) {
  HtmlLimits limits;
  limits.max_parser_bytes = 1 << 20;
  std::string page = "<html><body>" + repeat(kParagraph, 10000) + "</body></html>";  // 1 MB, 10,000 nodes
  EXPECT_EQ(error_of(page, limits), "HTML over its parsing budget: the parser needed more than 1 MiB");
  EXPECT_EQ(error_of(page), "");
}

TEST(HtmlBudget, TheParserHasATimeBudget) {
  HtmlLimits limits;
  limits.max_parse_seconds = 0;
  std::string page = "<html><body>" + repeat(kParagraph, 2000) + "</body></html>";
  EXPECT_EQ(error_of(page, limits), "HTML over its parsing budget: parsing took more than 0 ms of CPU time");
}

TEST(HtmlBudget, AFailedPageIsAFailedDocument) {
  RawDocument raw;
  raw.document.id = "deep";
  raw.document.path = "deep.html";
  raw.document.text = repeat("<div>", 50000);
  raw.is_html = true;
  InputItem item = prepare_document(std::move(raw), IngestOptions{});
  ASSERT_TRUE(std::holds_alternative<FailedDocument>(item));
  EXPECT_NE(std::get<FailedDocument>(item).error.find("parsing budget"), std::string::npos);
  EXPECT_EQ(std::get<FailedDocument>(item).doc_id, "deep");
}

// A page 3,000 elements deep, within the budget, read on a thread with a
// 128 KiB stack: recursive walks over the tree would overflow it.
void* extract_deep_page(void* result) {
  std::string page = "<html><body>" + repeat("<div><span>", 1500) + kParagraph + "</body></html>";
  Result<HtmlArticle> article = extract_article(page);
  *static_cast<std::string*>(result) = article.ok() ? article.value().text : article.status().message();
  return nullptr;
}

TEST(HtmlBudget, DeepPagesNeedNoDeepStack) {
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, 128 << 10);
  std::string text;
  pthread_t thread;
  ASSERT_EQ(pthread_create(&thread, &attributes, extract_deep_page, &text), 0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attributes);
  EXPECT_EQ(text, "The two delegations met at the border on Tuesday, officials said, and agreed to meet again.");
}

}  // namespace
}  // namespace dyad
