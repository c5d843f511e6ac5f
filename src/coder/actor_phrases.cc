// Actor phrases: "Russian Defence Minister Andrei Belousov", "North Korea's
// foreign minister", "officials from Seoul", "North Korean troops"; then
// coordination groups ("Putin and Kim") and appositions ("Kim's sister, Kim Yo Jong").
#include <algorithm>
#include <unordered_set>

#include "analysis.h"
#include "lexicon/actor_code.h"
#include "cue_words.h"

namespace dyad::coder {
namespace {

// "former", "deputy", "acting": words inside a title before a name (data/cues.txt).
bool is_title_modifier(const Word& w) { return is_cue(w, Cue::kTitleModifier); }

// Components of one phrase while it is being read.
struct PhraseReader {
  const Sentence& s;
  const lexicon::CompiledLexicon& lex;
  std::string_view date;

  int person = kNone, org = kNone, country = kNone;  // first token of each kind of name
  const lexicon::ActorCode* person_code = nullptr;
  const lexicon::ActorCode* org_code = nullptr;
  const lexicon::ActorCode* country_code = nullptr;
  std::string agent_role;
  int agent_token = kNone;

  bool has_actor() const { return person != kNone || org != kNone || country != kNone; }
  bool has_any() const { return has_actor() || agent_token != kNone; }

  void add_actor(int i) {
    const lexicon::ActorEntry& entry = lex.actors[s.words[i].actor_index];
    const lexicon::ActorCode& code = entry.resolve(date);
    // "Russia's Security Council", "Russia's UN ambassador": the country's own body.
    if (!code.org.empty() && country != kNone && i > 0 && s.folded(i - 1) == "'s") return;
    if (entry.is_person) {
      if (person == kNone) person = i, person_code = &code;
    } else if (!code.org.empty()) {
      if (org == kNone) org = i, org_code = &code;
    } else if (country == kNone) {
      country = i, country_code = &code;
    }
  }

  void add_agent(int i) {
    if (agent_token != kNone) return;
    agent_token = i;
    agent_role = lex.agents[s.words[i].agent_index].role;
  }

  // The phrase's code: a person's dated code, else an organisation, else a
  // country, with the agent's role when the name has none.
  void finish(ActorPhrase& phrase) const {
    const lexicon::ActorCode* base = person_code ? person_code : org_code ? org_code : country_code;
    phrase.head = person != kNone ? person : org != kNone ? org : country != kNone ? country : agent_token;
    phrase.person = person != kNone;
    if (!base || (base->country.empty() && base->org.empty())) return;
    phrase.coded = true;
    phrase.code = *base;
    if (!agent_role.empty() && (base->role.empty() || !person_code))
      phrase.code = lexicon::with_role(*base, agent_role);
  }
};

// Whether the word at `next` is a noun that an agent word before it modifies.
bool modifies_noun(const Sentence& s, int next) {
  if (next >= s.size()) return false;
  const Word& w = s.words[next];
  if (w.token->kind != TokenKind::kWord || w.classes != 0 || w.actor_match > 0) return false;
  if (w.noun_match > 0 || w.noun_classes != nullptr) return true;
  return w.verb_match == 0;
}

bool capitalised_name_part(const Sentence& s, int i) {
  const Word& w = s.words[i];
  return w.token->kind == TokenKind::kWord && w.token->capitalised && w.classes == 0 &&
         w.verb_match == 0 && w.token->folded != "'s";
}

// An organisation's name ("Security Council") at token i.
bool org_name_at(const Sentence& s, const PhraseReader& reader, int i) {
  const Word& w = s.words[i];
  if (w.actor_match == 0 || reader.country == kNone) return false;
  const lexicon::ActorEntry& entry = reader.lex.actors[w.actor_index];
  return !entry.code.org.empty() && !entry.is_person;
}

// "its ambassador from Tbilisi": an agent owned by a pronoun belongs to that
// owner, so the place after it is no part of the phrase.
bool owned_by_pronoun(const Sentence& s, int start) {
  std::string_view f = s.folded(start - 1);
  return f == "its" || f == "their" || f == "his" || f == "her" || f == "our";
}

// After "of" or "from" at k: the token of an actor name, past "the" and an
// adjectival compound ("of the 25-nation European Union"); else k.
int actor_after_of(const Sentence& s, int k) {
  int j = k + 1;
  if (s.folded(j) == "the") ++j;
  for (int skipped = 0; j < s.size() && skipped < 3 && s.words[j].actor_match == 0; ++skipped, ++j) {
    const Token& t = s.tokens[j];
    bool modifier = t.kind == TokenKind::kNumber || s.folded(j) == "-" ||
                    (t.kind == TokenKind::kWord && !t.capitalised && s.words[j].classes == 0);
    if (!modifier) return k;
  }
  return j < s.size() && s.words[j].actor_match > 0 ? j : k;
}

// Reads one phrase starting at `start`; returns its end (start when none).
int read_phrase(const Sentence& s, int start, PhraseReader& reader) {
  int j = start;
  int n = s.size();
  while (j < n) {
    const Word& w = s.words[j];
    if (w.actor_match > 0 && w.actor_match >= w.agent_match) {
      reader.add_actor(j);
      j += w.actor_match;
    } else if (w.agent_match > 0) {
      reader.add_agent(j);
      j += w.agent_match;
    } else if (is_title_modifier(w) && j + 1 < n &&
               (s.words[j + 1].agent_match > 0 || s.words[j + 1].actor_match > 0 ||
                is_title_modifier(s.words[j + 1]))) {
      ++j;
    } else if (reader.agent_token != kNone && capitalised_name_part(s, j)) {
      ++j;  // a name after a title: "Defence Minister Kang Sun Nam"
    } else if (w.folded() == "'s" && reader.has_actor() && j + 1 < n &&
               ((s.words[j + 1].agent_match > 0 &&
                 !modifies_noun(s, j + 1 + s.words[j + 1].agent_match)) ||
                org_name_at(s, reader, j + 1) ||
                (is_title_modifier(s.words[j + 1]) && j + 2 < n &&
                 s.words[j + 2].agent_match > 0))) {
      ++j;  // "North Korea's foreign minister"
    } else if ((w.folded() == "of" || w.folded() == "from") && reader.agent_token != kNone &&
               !reader.has_actor() && !owned_by_pronoun(s, start) && actor_after_of(s, j) > j) {
      j = actor_after_of(s, j);  // "the foreign minister of Russia", "ministers of the 25-nation European Union"
    } else {
      break;
    }
  }
  return reader.has_any() ? j : start;
}

std::string preposition_before(const Sentence& s, int begin) {
  int k = begin - 1;
  // "in southern Lebanon", "across eastern Ukraine".
  // "with his Turkish counterpart": past a possessive determiner too.
  auto skippable = [&](int j) {
    std::string_view f = s.folded(j);
    return f == "the" || f == "both" || f == "his" || f == "her" || f == "its" || f == "their" || f == "our" ||
           f == "a" || f == "an" || is_cue(s.words[j], Cue::kRegionAdjective);
  };
  auto number = [&](int j) { return s.tokens[j].kind == TokenKind::kNumber || is_number_word(s.words[j]); };
  bool counted = false;  // "the expulsion of four Russian envoys"
  while (k >= 0 && (skippable(k) || number(k))) counted |= number(k--);
  if (k < 0 || !has(s.words[k].classes, kPreposition)) return "";
  std::string_view prep = s.folded(k);
  // ("about 10,000 North Korean soldiers": "about" counts, it does not govern)
  if (counted && prep != "of" && prep != "to" && prep != "for" && prep != "with" && prep != "from" && prep != "by" &&
      prep != "against")
    return "";
  return std::string(prep);
}

// What stands between two phrases of a list: 0 none, 1 comma, 2 conjunction.
int list_separator(const Sentence& s, int from, int to) {
  std::string between;
  for (int k = from; k < to; ++k) between += std::string(s.folded(k)) + " ";
  if (between == ", " || between == ", the ") return 1;
  static const std::unordered_set<std::string> kConjunctions = {
      "and ", ", and ", "or ", ", or ", "as well as ", "and the ", ", and the ", "or the ",
      "along with ", "together with ", "and its ", "and his ", "and her ", "and their ", "/ ",
      ", and its ", ", and his ", ", and her ", ", and their "};
  if (kConjunctions.count(between)) return 2;
  // "the North Korea-Russia treaty": a hyphen joins two actors before an event noun.
  if (between == "- ") {
    for (int k = to; k < std::min(s.size(), to + 4); ++k)
      if (s.words[k].noun_match > 0) return 2;
  }
  return 0;
}

// "..., and North Korea sent troops": a phrase followed by a verb after a
// conjunction opens a new clause rather than continuing a list.
bool opens_clause(const Sentence& s, int phrase_end) {
  if (phrase_end >= s.size()) return false;
  const Word& next = s.words[phrase_end];
  uint32_t verbish = kBe | kHave | kDo | kModalPossible | kModalRecommend | kModalFuture;
  if (next.classes & verbish) return true;
  if (text::is_finite_verb(next.pos) || next.pos == text::PosTag::kMD) return true;  // "and Washington responded"
  if (has(next.classes, kNegator))  // "X not to build": an object's infinitive, no clause
    return phrase_end + 1 < s.size() && s.folded(phrase_end + 1) != "to";
  if (text::is_noun(next.pos) && next.noun_match > 0) return false;  // "Egyptian-Ethiopian talks"
  bool past = next.verb_match > 0 && (next.verb_flags & (lexicon::kPast | lexicon::kThird));
  return past && !(next.verb_flags & lexicon::kBase) && next.folded() != "'s";
}

// Whether the phrase starting at `token` is an object: right after a verb or
// a preposition other than "between" ("between X and Y" is always one pair).
bool in_object_position(const Sentence& s, int token) {
  int k = token - 1;
  while (k >= 0 && has(s.words[k].classes, kDeterminer)) --k;
  if (k < 0 || s.folded(k) == "between") return false;
  return (s.words[k].verb_match > 0 && s.words[k].phrase == kNone) || has(s.words[k].classes, kPreposition);
}

// "In Washington, ...", "At the UN, ...": a phrase in a prepositional phrase
// that opens the sentence (or a clause after a comma).
bool fronted_place(const Sentence& s, const ActorPhrase& phrase) {
  if (phrase.prep != "in" && phrase.prep != "at") return false;
  int k = phrase.begin - 1;
  while (k >= 0 && !has(s.words[k].classes, kPreposition)) --k;
  return k == 0 || (k > 0 && s.folded(k - 1) == ",");
}

// Adds phrases [first, last] as one group.
void add_group(Sentence& s, int first, int last) {
  ActorGroup group;
  for (int p = first; p <= last; ++p) {
    s.phrases[p].group = static_cast<int>(s.groups.size());
    group.phrases.push_back(p);
  }
  group.begin = s.phrases[first].begin;
  group.end = s.phrases[last].end;
  s.groups.push_back(std::move(group));
}

// A chain of phrases joined by commas and conjunctions becomes one group up
// to its last conjunction ("Seoul, Washington and Tokyo"); a comma with no
// conjunction after it is an apposition ("Kim's sister, Kim Yo Jong") and
// joins the group before only when it names the same entity.
void group_chain(Sentence& s, const std::vector<int>& chain, const std::vector<int>& separators) {
  int last_conjunction = -1;
  for (size_t k = 1; k < chain.size(); ++k)
    if (separators[k] == 2) last_conjunction = static_cast<int>(k);
  size_t next = 0;
  if (last_conjunction > 0) {
    add_group(s, chain[0], chain[last_conjunction]);
    next = last_conjunction + 1;
  }
  for (size_t k = next; k < chain.size(); ++k) {
    int p = chain[k];
    if (k > 0 && !s.groups.empty()) {
      ActorGroup& previous = s.groups.back();
      const ActorPhrase& before = s.phrases[previous.phrases.back()];
      bool first_in_pp = !s.phrases[previous.phrases.front()].prep.empty();
      bool same_actor = before.coded && s.phrases[p].coded && before.entity() == s.phrases[p].entity();
      // "his counterpart, Choe Son Hui": a name renames an uncoded title.
      bool names_title = !before.coded && s.phrases[p].coded && previous.phrases.size() == 1;
      if (names_title) {
        s.phrases[previous.phrases.back()].code = s.phrases[p].code;
        s.phrases[previous.phrases.back()].coded = true;
        s.phrases[previous.phrases.back()].person = s.phrases[p].person;
      }
      if ((!first_in_pp && same_actor) || names_title) {
        s.phrases[p].group = static_cast<int>(s.groups.size()) - 1;
        previous.phrases.push_back(p);
        previous.end = s.phrases[p].end;
        continue;
      }
    }
    add_group(s, p, p);
  }
}

void build_groups(Sentence& s) {
  s.groups.clear();
  std::vector<int> chain, separators;
  for (int p = 0; p < static_cast<int>(s.phrases.size()); ++p) {
    int separator = 0;
    if (!chain.empty()) {
      const ActorPhrase& previous = s.phrases[chain.back()];
      int from = previous.end;
      if (previous.possessive && s.phrases[p].possessive) ++from;  // "Pyongyang's and Moscow's"
      if (!previous.possessive || s.phrases[p].possessive) separator = list_separator(s, from, s.phrases[p].begin);
      if (previous.possessive && separator == 1) separator = 0;
    }
    // "In Washington, Austin and Kim called on ...": a place that opens the
    // sentence ends at its comma.
    if (separator == 1 && chain.size() == 1 && fronted_place(s, s.phrases[chain.front()])) separator = 0;
    // "Russia sent jets to North Korea, and North Korea sent troops": after an
    // object, "and Y verb" is a new clause; "Putin and Kim signed" is a
    // subject, and so is the end of a longer list ("among Egypt, Eritrea and
    // Somalia opened").
    if (separator == 2 && chain.size() == 1 && opens_clause(s, s.phrases[p].end) &&
        in_object_position(s, s.phrases[chain.front()].begin))
      separator = 0;
    if (!chain.empty() && separator == 0) {
      group_chain(s, chain, separators);
      chain.clear();
      separators.clear();
    }
    chain.push_back(p);
    separators.push_back(separator);
  }
  if (!chain.empty()) group_chain(s, chain, separators);
}

}  // namespace

void find_actor_phrases(Sentence& s, const lexicon::CompiledLexicon& lex, std::string_view date) {
  s.phrases.clear();
  int n = s.size();
  for (int i = 0; i < n;) {
    PhraseReader reader{s, lex, date, kNone, kNone, kNone, nullptr, nullptr, nullptr, "", kNone};
    int end = read_phrase(s, i, reader);
    if (end == i) {
      ++i;
      continue;
    }
    ActorPhrase phrase;
    phrase.begin = i;
    phrase.end = end;
    reader.finish(phrase);
    if (!phrase.coded && modifies_noun(s, end)) {  // "military cooperation", "military aid"
      i = end;
      continue;
    }
    // "a Gaza-bound aid ship", "Moscow-bound flights": a destination that
    // describes an object, not an actor.
    if (end + 1 < n && s.folded(end) == "-" && s.folded(end + 1) == "bound" &&
        s.tokens[end].span.begin == s.tokens[end - 1].span.end) {
      i = end + 2;
      continue;
    }
    phrase.possessive = end < n && (s.folded(end) == "'s" || s.folded(end) == "'");
    phrase.prep = preposition_before(s, i);
    int index = static_cast<int>(s.phrases.size());
    for (int k = i; k < end; ++k) s.words[k].phrase = index;
    s.phrases.push_back(std::move(phrase));
    i = end;
  }
}

void group_actor_phrases(Sentence& s) { build_groups(s); }

}  // namespace dyad::coder
