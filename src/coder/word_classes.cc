#include "word_classes.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace dyad::coder {
namespace {

using Table = std::unordered_map<std::string_view, uint32_t>;

void add(Table& table, std::initializer_list<std::string_view> words, uint32_t cls) {
  for (std::string_view w : words) table[w] |= cls;
}

Table build_table() {
  Table t;
  add(t, {"be", "is", "are", "was", "were", "been", "being", "am", "'re", "'m"}, kBe);
  add(t, {"have", "has", "had", "having", "'ve", "'d"}, kHave);
  add(t, {"do", "does", "did"}, kDo);
  add(t, {"get", "gets", "got", "gotten"}, kGet);
  add(t, {"may", "might", "could", "would", "can", "ca"}, kModalPossible);
  add(t, {"should", "must", "ought"}, kModalRecommend);
  add(t, {"will", "shall", "'ll", "wo"}, kModalFuture);
  add(t, {"not", "n't", "never", "neither", "nor"}, kNegator);
  add(t, {"the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our",
          "my", "your", "some", "any", "no", "each", "every", "another", "such", "'s", "s'",
          "whose", "all", "both", "more", "further", "new", "first", "second", "latest",
          "its", "other", "fresh", "additional", "further"},
      kDeterminer);
  add(t, {"of", "in", "on", "at", "to", "from", "with", "by", "for", "against", "into", "onto",
          "over", "under", "about", "after", "before", "during", "between", "among", "amid",
          "across", "through", "toward", "towards", "near", "without", "within", "via", "since",
          "until", "despite", "including", "like", "per", "upon", "off", "around", "beyond",
          "alongside", "behind", "outside", "inside", "throughout", "following", "amongst"},
      kPreposition);
  add(t, {"he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "itself",
          "themselves", "himself", "herself"},
      kPronoun);
  add(t, {"that", "which", "who", "whom", "whose", "while", "whereas", "although", "though",
          "because", "if", "unless", "whether", "when", "where", "as", "since", "after",
          "before", "once", "until", "so"},
      kSubordinator);
  add(t, {"who", "which", "whom", "whose"}, kRelative);
  add(t, {"if", "unless"}, kConditional);
  add(t, {"and", "or", "but", "nor", "&"}, kConjunction);
  add(t, {"also", "already", "still", "just", "reportedly", "allegedly", "recently", "now",
          "then", "again", "formally", "officially", "jointly", "quickly", "later", "repeatedly",
          "yet", "even", "previously", "currently", "publicly", "swiftly", "secretly", "openly",
          "effectively", "directly", "largely", "ever", "increasingly", "not", "n't", "never",
          "apparently", "reluctantly", "finally", "eventually", "initially", "soon", "once",
          "further", "actively", "seriously", "immediately", "personally", "separately",
          "sharply", "strongly", "firmly", "repeatedly", "likely", "probably", "possibly",
          "unilaterally", "indeed", "long", "always", "only", "first", "next", "certainly",
          "almost", "fully", "quietly", "neither", "nor", "faithfully", "unconditionally", "formally", "reportedly"},
      kAdverb);
  return t;
}

}  // namespace

uint32_t word_classes(std::string_view folded) {
  static const Table kTable = build_table();
  auto it = kTable.find(folded);
  return it == kTable.end() ? 0 : it->second;
}

ControlKind control_kind(std::string_view w) {
  static const std::unordered_map<std::string_view, ControlKind> kControl = [] {
    std::unordered_map<std::string_view, ControlKind> m;
    for (std::string_view v : {"pledge", "pledged", "pledges", "pledging", "vow", "vowed", "vows",
                               "promise", "promised", "promises", "agree", "agreed", "agrees",
                               "decide", "decided", "decides", "plan", "plans", "planned",
                               "planning", "intend", "intends", "intended", "set", "scheduled",
                               "committed", "commit", "commits", "prepared", "preparing",
                               "prepares", "offered", "offer", "offers", "resolved", "undertook",
                               "undertake", "due", "poised", "going", "aims", "aim", "aimed",
                               "expects", "vowing", "pledging", "agreeing", "promising"})
      m[v] = ControlKind::kPlanned;
    for (std::string_view v : {"likely", "unlikely", "expected", "want", "wants", "wanted",
                               "wish", "wishes", "hope", "hopes", "hoped", "seek", "seeks",
                               "sought", "seeking", "try", "tries", "tried", "trying", "attempt",
                               "attempts", "attempted", "threaten", "threatens", "threatened",
                               "threatening", "ready", "willing", "able", "considering",
                               "considered", "consider", "considers", "weighing", "prepared",
                               "could", "might", "may", "would", "appears", "seems", "seemed",
                               "appeared", "open", "eager", "keen", "unwilling"})
      if (!m.count(v)) m[v] = ControlKind::kPossible;
    for (std::string_view v : {"refuse", "refused", "refuses", "decline", "declined", "declines",
                               "fail", "failed", "fails", "yet", "refusing", "declining",
                               "reluctant", "hesitated", "hesitant", "unable", "powerless"})
      m[v] = ControlKind::kNegative;
    for (std::string_view v : {"urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking",
                               "pressure", "pressured", "pressures", "pressuring", "pressure",
                               "persuade", "persuaded", "convince", "convinced", "push", "pushed",
                               "pushing", "lobbied", "lobbying", "begged", "calling",
                               "press", "pressed", "presses", "pressing", "appeal", "appealed",
                               "appeals", "encourage", "encouraged", "encourages", "need",
                               "needs", "needed", "ought", "has", "have", "had", "called",
                               "calls", "call", "calling", "invited", "invite", "invites",
                               "told", "advised", "advise", "requested", "request", "requests",
                               "demanded", "demand", "demands", "implored", "exhorted",
                               "recommended", "recommend", "recommends", "challenged",
                               "must", "should", "vital", "essential", "important", "imperative"})
      if (!m.count(v)) m[v] = ControlKind::kRecommend;
    return m;
  }();
  auto it = kControl.find(w);
  return it == kControl.end() ? ControlKind::kNone : it->second;
}

bool is_attribution_word(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "said", "says", "say", "saying", "told", "tells", "claimed", "claims", "claim", "alleged",
      "alleges", "allege", "reported", "reports", "reportedly", "allegedly", "according",
      "denied", "denies", "deny", "denying", "believed", "believes", "suspected", "suspects",
      "asserted", "asserts", "insisted", "insists", "suggested", "suggests", "estimated",
      "estimates", "assessed", "assesses", "stated", "added", "noted", "wrote", "indicated", "indicates", "argued", "argues", "maintained", "maintains",
      "contended", "rumoured", "rumored", "purportedly",
      "suspicion", "suspicions", "allegations", "allegation", "reporting",
      "believe", "think", "thinks", "thought", "fear", "fears", "feared", "purported", "estimate",
      "assess", "alleging", "claiming", "suspect", "reckon", "reckons",
      "supposedly", "unconfirmed", "rumours", "rumors"};
  return kWords.count(w) > 0;
}

std::string_view accusation_preposition(std::string_view w) {
  static const std::unordered_map<std::string_view, std::string_view> kWords = {
      {"accused", "of"}, {"accuses", "of"}, {"accuse", "of"}, {"accusing", "of"},
      {"criticise", "for"}, {"criticize", "for"}, {"condemn", "for"}, {"praise", "for"},
      {"sanction", "over"}, {"punish", "for"}, {"denounce", "for"},
      {"suspected", "of"}, {"suspects", "of"}, {"charged", "with"}, {"convicted", "of"},
      {"blamed", "for"}, {"blames", "for"}, {"blame", "for"}, {"criticised", "for"},
      {"criticized", "for"}, {"criticises", "for"}, {"criticizes", "for"}, {"condemned", "for"},
      {"condemns", "for"}, {"praised", "for"}, {"praises", "for"}, {"thanked", "for"},
      {"thanks", "for"}, {"punished", "for"}, {"rebuked", "for"}, {"faulted", "for"},
      {"chided", "for"}, {"lambasted", "for"}, {"slammed", "for"}, {"denounced", "for"},
      {"commended", "for"}, {"hailed", "for"}, {"congratulated", "on"}, {"scolded", "for"},
      {"sanctioned", "over"}, {"sanctions", "over"}, {"targeted", "over"}, {"penalised", "over"},
      {"penalized", "over"}, {"blacklisted", "over"}, {"designated", "over"}};
  auto it = kWords.find(w);
  return it == kWords.end() ? std::string_view() : it->second;
}

bool is_accusation_word(std::string_view w) { return !accusation_preposition(w).empty(); }

bool is_cessation_verb(std::string_view lemma) {
  static const std::unordered_set<std::string_view> kWords = {
      "stop", "end", "halt", "cease", "withdraw", "pull out", "pull", "abandon", "suspend",
      "terminate", "quit", "scrap", "drop", "discontinue", "refrain", "reverse", "remove",
      "leave", "abort", "renounce", "dismantle", "give up", "curb", "restrain", "stop supplying",
      "scale back", "wind down"};
  return kWords.count(lemma) > 0;
}

}  // namespace dyad::coder
