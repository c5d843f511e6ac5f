// extract_article(): article body, headline and date from web pages.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/ingest.h"

namespace dyad {
namespace {

bool has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::vector<std::string> paragraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find("\n\n", pos);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(pos, end - pos));
    pos = end + 2;
  }
  return out;
}

// The article of a page that is within the default limits.
HtmlArticle article_of(std::string_view page) {
  Result<HtmlArticle> article = extract_article(page);
  EXPECT_TRUE(article.ok()) << article.status().message();
  return article.ok() ? article.value() : HtmlArticle{};
}

std::string read_sample(const std::string& name) {
  std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/data/sample/html/" + name, std::ios::binary);
  EXPECT_TRUE(in) << name;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// A news page with every kind of page furniture around three body paragraphs.
const char* kBoilerplatePage = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Envoys meet at the border | The Daily Anchor</title>
<meta property="article:published_time" content="2023-03-14T08:00:00+09:00">
<script>var tracker = "Tracker text that is not news at all, with commas, and more";</script>
<style>.x { color: red }</style>
</head>
<body class="article-template has-sidebar tags-world">
<div id="cookie-banner">We use cookies to improve this site. By staying you accept our cookie policy.
<button>Accept all cookies</button></div>
<header class="site-header"><a href="/">The Daily Anchor</a> Independent since 1901</header>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="main-menu"><a href="/a">Politics</a> <a href="/b">Economy</a> Menu text that should never appear in the body.</div>
<article>
  <h1>Envoys meet at the border</h1>
  <div class="byline">By Hana Kowalski, Staff Reporter</div>
  <div class="share-buttons"><a href="#">Share on X</a> <a href="#">Facebook</a> <button>Copy link</button></div>
  <figure><img src="a.jpg"><figcaption>Soldiers stand guard at the crossing. Photo: Ridge Agency</figcaption></figure>
  <p class="photo-credit">Photo: Ridge Agency/Anna Berg</p>
  <div class="article-body">
    <p>Negotiators from the two neighbours met at the border village on Tuesday, the first such meeting in four years, officials said.</p>
    <p>The delegations agreed to reopen a hotline between their militaries and to meet again in May, according to a joint statement.</p>
    <aside class="newsletter-signup"><h3>Get the morning briefing</h3><p>Our best stories, delivered to your inbox every day, for free.</p></aside>
    <p>Keep reading</p>
    <p>Analysts cautioned that the talks, while welcome, did not resolve the dispute over the fishing grounds that triggered last year's clashes.</p>
    <div class="show-more"><button>Show less</button></div>
    <p>Show less</p>
    <p>Advertisement</p>
    <p>Sign up for our newsletter</p>
  </div>
  <section class="related-stories"><h2>Related stories</h2>
    <ul><li><a href="/1">Border clashes leave two injured as tensions rise along the coast</a></li>
        <li><a href="/2">Fishing fleets return to port after the storm season ends early</a></li></ul>
  </section>
  <div class="comments">Comments are closed for this story, please read our community guidelines.</div>
</article>
<aside class="sidebar"><h2>Most read</h2><p>A sidebar story about a football match, with many, many commas, and words.</p></aside>
<footer><p>© 2023 The Daily Anchor. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body>
</html>)";

TEST(HtmlArticle, KeepsBodyDropsFurniture) {
  HtmlArticle article = article_of(kBoilerplatePage);
  std::vector<std::string> paras = paragraphs(article.text);
  ASSERT_EQ(paras.size(), 4u) << article.text;
  EXPECT_EQ(paras[0], "Envoys meet at the border");
  EXPECT_EQ(paras[1],
            "Negotiators from the two neighbours met at the border village on Tuesday, the first such "
            "meeting in four years, officials said.");
  EXPECT_EQ(paras[2],
            "The delegations agreed to reopen a hotline between their militaries and to meet again in "
            "May, according to a joint statement.");
  EXPECT_EQ(paras[3],
            "Analysts cautioned that the talks, while welcome, did not resolve the dispute over the "
            "fishing grounds that triggered last year's clashes.");
  for (const char* furniture :
       {"cookie", "Daily Anchor", "Home", "Menu text", "Hana Kowalski", "Share", "Copy link", "Photo",
        "Ridge Agency", "morning briefing", "inbox", "Keep reading", "Show less", "Advertisement",
        "Sign up", "Related", "Border clashes", "Comments", "Most read", "football", "rights reserved",
        "Tracker", "color"})
    EXPECT_FALSE(has(article.text, furniture)) << furniture << " in:\n" << article.text;
  EXPECT_EQ(article.title, "Envoys meet at the border");
  EXPECT_EQ(article.date, "2023-03-14");
}

TEST(HtmlArticle, DateFromTimeElement) {
  HtmlArticle article = article_of(R"(<html><body><article><h1>Talks resume</h1>
    <p>Posted <time datetime="2022-11-02T10:00:00Z">2 November</time></p>
    <p>Delegates from both capitals resumed their talks in Geneva on Wednesday after a long pause.</p>
    </article></body></html>)");
  EXPECT_EQ(article.date, "2022-11-02");
  EXPECT_TRUE(has(article.text, "Delegates from both capitals")) << article.text;
}

TEST(HtmlArticle, DateFromJsonLd) {
  HtmlArticle article = article_of(R"(<html><head>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
      {"@type":"NewsArticle","headline":"Ports reopen","datePublished":"2021-07-08T12:00:00+02:00"}]}</script>
    </head><body><article><h1>Ports reopen</h1>
    <p>The ports reopened to foreign vessels on Thursday after a two-week closure, the ministry said.</p>
    </article></body></html>)");
  EXPECT_EQ(article.date, "2021-07-08");
  EXPECT_FALSE(has(article.text, "schema.org"));
}

TEST(HtmlArticle, DateFromMetaWordsForm) {
  HtmlArticle article = article_of(R"(<html><head><meta name="date" content="June 19, 2024"></head>
    <body><p>The summit opened in the capital on Wednesday with a long ceremony and many speeches.</p></body></html>)");
  EXPECT_EQ(article.date, "2024-06-19");
}

TEST(HtmlArticle, MetaDateWinsOverTimeElement) {
  HtmlArticle article = article_of(R"(<html><head>
    <meta property="article:published_time" content="2020-01-02">
    </head><body><article><time datetime="2019-05-05">old</time>
    <p>The committee published its annual report on Thursday, listing dozens of violations.</p>
    </article></body></html>)");
  EXPECT_EQ(article.date, "2020-01-02");
}

TEST(HtmlArticle, NoDateWhenNoneGiven) {
  HtmlArticle article = article_of(
      "<html><body><p>The minister arrived in the capital late on Sunday for two days of talks.</p></body></html>");
  EXPECT_EQ(article.date, "");
  EXPECT_EQ(article.text, "The minister arrived in the capital late on Sunday for two days of talks.");
}

TEST(HtmlArticle, BadDateIsIgnored) {
  HtmlArticle article = article_of(R"(<html><head><meta property="article:published_time" content="soon">
    </head><body><p>The minister arrived in the capital late on Sunday for two days of talks.</p></body></html>)");
  EXPECT_EQ(article.date, "");
}

TEST(HtmlArticle, BodyInPlainDivsWithoutArticle) {
  HtmlArticle article = article_of(R"(<html><head><title>Grain deal collapses - Harbour News</title></head>
  <body><div id="page">
    <div class="top"><a href="/">Harbour News</a> <a href="/x">Login</a></div>
    <div class="left">
      <div class="title">Grain deal collapses</div>
      <div class="text">
        <div>The grain corridor agreement lapsed on Monday after one party refused to extend it, officials said.</div>
        <div>Shipping companies said they would suspend sailings until insurers could price the risk again.</div>
        <div>Prices for wheat rose sharply in early trading, and several importers asked for emergency talks.</div>
      </div>
    </div>
    <div class="right"><div><a href="/y">Another story about something else entirely</a></div></div>
    <div class="bottom">Harbour News &copy; 2023</div>
  </div></body></html>)");
  std::vector<std::string> paras = paragraphs(article.text);
  ASSERT_EQ(paras.size(), 4u) << article.text;
  EXPECT_EQ(paras[0], "Grain deal collapses");
  EXPECT_TRUE(has(paras[1], "grain corridor agreement lapsed"));
  EXPECT_TRUE(has(paras[3], "Prices for wheat rose"));
  EXPECT_FALSE(has(article.text, "Login"));
  EXPECT_FALSE(has(article.text, "Another story"));
  EXPECT_FALSE(has(article.text, "©"));
  EXPECT_EQ(article.title, "Grain deal collapses");
}

TEST(HtmlArticle, HeadlineInsideHeaderIsKept) {
  HtmlArticle article = article_of(R"(<html><body><article>
    <header><h1>Navy seizes tanker</h1><p class="byline">By Staff</p></header>
    <p>The navy seized a tanker carrying fuel near the strait on Saturday, the defence ministry said.</p>
    </article></body></html>)");
  std::vector<std::string> paras = paragraphs(article.text);
  ASSERT_EQ(paras.size(), 2u) << article.text;
  EXPECT_EQ(paras[0], "Navy seizes tanker");
  EXPECT_EQ(article.title, "Navy seizes tanker");
}

TEST(HtmlArticle, HeadlineAppearsOnce) {
  HtmlArticle article = article_of(R"(<html><body><article><h1>Navy seizes tanker</h1>
    <p>The navy seized a tanker carrying fuel near the strait on Saturday, the defence ministry said.</p>
    <h1>Navy seizes tanker</h1></article></body></html>)");
  EXPECT_EQ(article.text.find("Navy seizes tanker"), article.text.rfind("Navy seizes tanker")) << article.text;
}

TEST(HtmlArticle, TitleFallsBackToTitleElement) {
  HtmlArticle article = article_of(R"(<html><head><title>Drills end early | Sea Wire</title></head>
    <body><p>The joint drills ended a day early because of a storm, the organisers said on Friday.</p></body></html>)");
  EXPECT_EQ(article.title, "Drills end early");
}

TEST(HtmlArticle, EntitiesDecodedAndWhitespaceCollapsed) {
  HtmlArticle article = article_of(
      "<html><body><p>The  ministers\n   met in Seoul &amp; Tokyo, then said &ldquo;enough&rdquo;<br>to the "
      "press at&nbsp;noon, officials said.</p></body></html>");
  EXPECT_EQ(article.text,
            "The ministers met in Seoul & Tokyo, then said \u201cenough\u201d\nto the press at\u00a0noon, officials "
            "said.");
}

TEST(HtmlArticle, DoubleLineBreaksSeparateParagraphs) {
  HtmlArticle article = article_of(
      "<html><body><div class=\"post\">Talks end without a deal<br><br>\n  The envoys left Geneva on Friday "
      "without an agreement, officials said. <br /> <br/><br>Both sides blamed each other for the failure of "
      "the talks.<br></div></body></html>");
  EXPECT_EQ(article.text,
            "Talks end without a deal\n\nThe envoys left Geneva on Friday without an agreement, officials said.\n\n"
            "Both sides blamed each other for the failure of the talks.");
}

TEST(HtmlArticle, BodySplitIntoSeveralContainers) {
  HtmlArticle article = article_of(R"(<html><body><article><h1>Ferry sinks off the coast</h1>
    <div class="article-body">
      <div class="part"><p>A passenger ferry sank off the southern coast on Sunday, and rescuers pulled dozens of people from the water.</p>
        <p>The coast guard said the ship, carrying about 300 people, had capsized in high waves.</p></div>
      <div class="ad-slot">Advertisement</div>
      <div class="part"><p>Relatives gathered at the port, waiting for news of those still missing, local media reported.</p></div>
      <div class="part"><p>The interior minister said an investigation would begin at once.</p></div>
    </div>
    <div class="more"><div><a href="/x">Bridge collapse kills four in northern province, officials say</a></div></div>
  </article></body></html>)");
  std::vector<std::string> paras = paragraphs(article.text);
  ASSERT_EQ(paras.size(), 5u) << article.text;
  EXPECT_EQ(paras[0], "Ferry sinks off the coast");
  EXPECT_TRUE(has(paras[1], "A passenger ferry sank"));
  EXPECT_TRUE(has(paras[3], "Relatives gathered at the port"));
  EXPECT_TRUE(has(paras[4], "investigation would begin"));
  EXPECT_FALSE(has(article.text, "Bridge collapse"));
  EXPECT_FALSE(has(article.text, "Advertisement"));
}

TEST(HtmlArticle, InlineMarkupKeptInsideParagraph) {
  HtmlArticle article = article_of(
      "<html><body><article><p>The <b>foreign minister</b> met <a href=\"/p\">his counterpart</a> in "
      "<em>Moscow</em> on Friday to discuss trade.</p></article></body></html>");
  EXPECT_EQ(article.text, "The foreign minister met his counterpart in Moscow on Friday to discuss trade.");
}

TEST(HtmlArticle, BulletListItemsAreParagraphs) {
  HtmlArticle article = article_of(R"(<html><body><article><h1>Sanctions at a glance</h1>
    <p>Governments have announced several new measures against the shipping network, officials said.</p>
    <ul><li>The first country froze the assets of eleven shipping companies and their owners.</li>
        <li>The second country barred four tankers from its ports and waters for a year.</li></ul>
    </article></body></html>)");
  std::vector<std::string> paras = paragraphs(article.text);
  ASSERT_EQ(paras.size(), 4u) << article.text;
  EXPECT_EQ(paras[2], "The first country froze the assets of eleven shipping companies and their owners.");
  EXPECT_EQ(paras[3], "The second country barred four tankers from its ports and waters for a year.");
}

TEST(HtmlArticle, ShortParagraphStartingWithByIsNotAByline) {
  HtmlArticle article = article_of(R"(<html><body><article><h1>Ceasefire holds</h1>
    <p>The ceasefire along the river held through the night, with no shelling reported by either side.</p>
    <p>By Monday, both armies had pulled back.</p>
    <p>By Jane Doe</p>
    </article></body></html>)");
  EXPECT_TRUE(has(article.text, "By Monday, both armies had pulled back.")) << article.text;
  EXPECT_FALSE(has(article.text, "Jane Doe")) << article.text;
}

TEST(HtmlArticle, ContentClassesAreNotMistakenForFurniture) {
  HtmlArticle article = article_of(R"(<html><body class="single has-sidebar no-comments">
    <main id="main"><div class="commentary-body">
    <p>The opposition leader said the budget would hurt farmers, and his party vowed to vote against it.</p>
    <p>The finance minister rejected the criticism, saying the plan protected pensions and schools.</p>
    </div></main></body></html>)");
  EXPECT_TRUE(has(article.text, "opposition leader")) << article.text;
  EXPECT_TRUE(has(article.text, "finance minister rejected")) << article.text;
}

TEST(HtmlArticle, NoBodyTextGivesEmptyText) {
  HtmlArticle article = article_of("<html><head><title>x</title></head><body><nav>Home</nav></body></html>");
  EXPECT_EQ(article.text, "");
  EXPECT_EQ(article_of("").text, "");
}

// --- the bundled sample pages ---

TEST(HtmlArticleSamples, HeavyBoilerplatePage) {
  HtmlArticle article = article_of(read_sample("kursk-north-korean-casualties.html"));
  EXPECT_EQ(article.date, "2024-12-17");
  EXPECT_EQ(article.title, "North Korean troops suffer first heavy losses in Kursk, officials say");
  std::vector<std::string> paras = paragraphs(article.text);
  ASSERT_GE(paras.size(), 7u) << article.text;
  EXPECT_EQ(paras[0], article.title);
  EXPECT_TRUE(has(paras[1], "North Korean soldiers sent to Russia have been killed"));
  EXPECT_TRUE(has(paras.back(), "South Korea\u2019s military said the losses"));
  for (const char* furniture : {"cookies", "Log in", "Subscribe", "Podcasts", "Advertisement", "Share on X",
                                "Copy link", "Photo:", "Sign up", "daily briefing", "Keep reading",
                                "Show less", "Topics", "Related stories", "Comments", "Trending",
                                "Most read", "Won slides", "About us", "Mina Solberg", "Analysts say"})
    EXPECT_FALSE(has(article.text, furniture)) << furniture;
}

TEST(HtmlArticleSamples, TimeElementPage) {
  HtmlArticle article = article_of(read_sample("belousov-meets-kim.html"));
  EXPECT_EQ(article.date, "2024-11-30");
  EXPECT_EQ(article.title, "Russian defence minister meets Kim Jong Un in Pyongyang");
  EXPECT_EQ(paragraphs(article.text).front(), article.title);
  EXPECT_TRUE(has(article.text, "invariably support"));
  EXPECT_FALSE(has(article.text, "Privacy"));
  EXPECT_FALSE(has(article.text, "Peninsula Monitor"));
}

TEST(HtmlArticleSamples, JsonLdPageWithList) {
  HtmlArticle article = article_of(read_sample("sanctions-roundup.html"));
  EXPECT_EQ(article.date, "2024-12-20");
  std::vector<std::string> paras = paragraphs(article.text);
  EXPECT_EQ(paras.front(), "Explainer: Who is sanctioning whom over the Russia\u2013North Korea arms trade");
  EXPECT_TRUE(has(article.text, "15th package of sanctions"));
  EXPECT_TRUE(has(article.text, "Japan has taken similar steps"));
  EXPECT_FALSE(has(article.text, "Latest"));
  EXPECT_FALSE(has(article.text, "\u00a9"));
}

TEST(HtmlArticleSamples, PlainDivPage) {
  HtmlArticle article = article_of(read_sample("msmt-report-arms-transfers.html"));
  EXPECT_EQ(article.date, "2025-05-30");
  EXPECT_EQ(article.title, "Monitoring group details North Korean arms flow to Russia");
  std::vector<std::string> paras = paragraphs(article.text);
  ASSERT_EQ(paras.size(), 7u) << article.text;
  EXPECT_EQ(paras[0], article.title);
  EXPECT_TRUE(has(paras[1], "An 11-nation group"));
  EXPECT_TRUE(has(paras[6], "Moscow has dismissed the group"));
  for (const char* furniture : {"Front page", "Sign in", "More from Defence", "cheap drones", "Baltic cables",
                                "Subscribe", "Contact", "Defence desk"})
    EXPECT_FALSE(has(article.text, furniture)) << furniture;
}

}  // namespace
}  // namespace dyad
