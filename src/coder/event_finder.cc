// The event finder's driver and the emission of events (one per ordered
// pair of coded actors, joint acts both ways).
#include "event_finder_impl.h"

#include <algorithm>

namespace dyad::coder {

bool is_boundary_punct(std::string_view f) {
  return f == ";" || f == ":" || f == "(" || f == ")" || f == "\u2014" || f == "--";
}

// A dash between words ("PYONGYANG, June 19 — A treaty ...") ends a clause;
// a hyphen inside a name ("Kim Jong-un") does not. Dashes fold to "-".
bool is_dash_boundary(const Sentence& s, int k) {
  if (s.folded(k) != "-") return false;
  std::string_view surface = s.surface(k, k + 1);
  if (surface != "-") return true;  // an en or em dash
  const Span span = s.tokens[k].span;
  return span.begin > 0 && span.end < s.text.size() && s.text[span.begin - 1] == ' ' && s.text[span.end] == ' ';
}

bool group_has_coded(const Sentence& s, int group) {
  for (int p : s.groups[group].phrases)
    if (s.phrases[p].coded) return true;
  return false;
}

// Whether a group stands in a prepositional phrase; the particle of a verb
// ("called on UN member states") is no preposition.
bool group_in_pp(const Sentence& s, int group) {
  const ActorPhrase& first = s.phrases[s.groups[group].phrases.front()];
  if (first.prep.empty()) return false;
  int k = first.begin - 1;
  while (k >= 0 && (s.folded(k) == "the" || s.folded(k) == "both")) --k;
  return !(k >= 0 && s.words[k].verb_group != kNone);
}

// Moves left past an inserted clause when k sits on its closing comma or
// parenthesis: "( ... )", ", who/which ... ," and an apposition
// (", the chief of Russia's general staff,") that follows an actor.
int skip_inserted_clause(const Sentence& s, int k) {
  if (s.folded(k) == ")") {
    while (k >= 0 && s.folded(k) != "(") --k;
    return k - 1;
  }
  if (s.folded(k) != ",") return k;
  int open = k - 1;
  while (open >= 0 && s.folded(open) != "," && !is_boundary_punct(s.folded(open))) --open;
  if (open < 1 || s.folded(open) != "," || s.words[open - 1].phrase == kNone) return k;
  bool relative = false, only_phrase = true, has_phrase = false;
  for (int j = open + 1; j < k; ++j) {
    const Word& w = s.words[j];
    if (has(w.classes, kRelative)) relative = true;
    if (w.phrase != kNone) has_phrase = true;
    else if (!has(w.classes, kDeterminer) && !has(w.classes, kPreposition)) only_phrase = false;
    if (w.verb_group != kNone && !relative) return k;  // a clause of its own
  }
  bool starts_like_apposition = has(s.words[open + 1].classes, kDeterminer) && s.folded(open + 1) != "'s";
  if (relative || (only_phrase && has_phrase) || starts_like_apposition) return open - 1;
  return k;
}

EventFinder::EventFinder(const Sentence& s, const lexicon::CompiledLexicon& lex)
    : s_(s), lex_(lex), subjects_(s.verbs.size(), kNone),
      relative_subject_(s.verbs.size(), false), inferred_subject_(s.verbs.size(), false),
      coordinated_(s.verbs.size(), kNone) {
  for (size_t c = 0; c < lex.class_names.size(); ++c)
    if (lex.class_names[c] == "TROOPS") troops_class_ = static_cast<int>(c);
    else if (lex.class_names[c] == "TARGETS") targets_class_ = static_cast<int>(c);
    else if (lex.class_names[c] == "VICTIMS") victims_class_ = static_cast<int>(c);
}

AssembledEvents EventFinder::run() {
  for (int v = 0; v < static_cast<int>(s_.verbs.size()); ++v) {
    subjects_[v] = find_subject(v);
    code_verb(v);
  }
  for (int i = 0; i < s_.size(); ++i)
    if (s_.words[i].noun_match > 0 && s_.words[i].verb_group == kNone && s_.words[i].phrase == kNone)
      code_noun(i);
  for (int p = 0; p < static_cast<int>(s_.phrases.size()); ++p) code_presence(p);
  drop_evaluations_said_sharper();
  aim_threats_at_their_acts();
  return AssembledEvents{std::move(events_), std::move(subjects_), std::move(coordinated_)};
}

// "threatened on Thursday to launch a strike on the United States, hours
// before the Security Council ...": a threat is aimed where the act it
// threatens is, not at an actor further on.
void EventFinder::aim_threats_at_their_acts() {
  for (CandidateEvent& threat : events_) {
    if (threat.site.origin != EventOrigin::kVerb || !threat.code.starts_with("13")) continue;
    int act_verb = threat.site.verb_group + 1;
    if (act_verb >= static_cast<int>(s_.verbs.size()) || !s_.verbs[act_verb].infinitive ||
        s_.verbs[act_verb].begin - s_.verbs[threat.site.verb_group].end > 4)
      continue;
    for (const CandidateEvent& act : events_)
      if (act.site.origin == EventOrigin::kVerb && act.site.verb_group == act_verb && act.source == threat.source) {
        threat.target = act.target;
        break;
      }
  }
}

// A judging statement (010) gives way to a sharper speech act of the same
// speaker about the same actor ("condemned ... and said it was a mistake").
void EventFinder::drop_evaluations_said_sharper() {
  auto pair_of = [&](const CandidateEvent& e) {
    return s_.phrases[e.source].entity() + ">" + s_.phrases[e.target].entity();
  };
  std::vector<CandidateEvent> kept;
  for (const CandidateEvent& e : events_) {
    bool evaluation = std::string_view(e.site.rule) == "verb.evaluation";
    bool sharper = evaluation && std::any_of(events_.begin(), events_.end(), [&](const CandidateEvent& o) {
      return &o != &e && is_speech_code(o.code) && pair_of(o) == pair_of(e);
    });
    if (!sharper) kept.push_back(e);
  }
  events_ = std::move(kept);
}

void EventFinder::add(int source, int target, const std::string& code, int anchor, int anchor_end,
         bool nominal, const EventSite& site, double confidence) {
  const ActorPhrase& a = s_.phrases[source];
  const ActorPhrase& b = s_.phrases[target];
  if (code == "---") return;  // "---/072 receive &WEAPONS": only the reverse direction codes
  if (!a.coded || !b.coded || a.entity() == b.entity()) return;
  CandidateEvent e{source, target, code, anchor, anchor_end, nominal, confidence, site};
  // "3,000 North Korean soldiers arrived in Russia": troops on another
  // state's soil are military protection for it, no visit.
  if (code == "042" && a.code.role == "MIL" && troops_class_ >= 0 && s_.words[a.end - 1].in_class(troops_class_))
    e.code = "074";
  events_.push_back(std::move(e));
}

// Whether the target sits in a noun phrase about an event ("the transfer of
// missiles from North Korea", "North Korea's supply of shells").
bool EventFinder::noun_phrase_of_event(int target_group) const {
  int begin = s_.groups[target_group].begin;
  for (int k = begin - 1; k >= 0 && k >= begin - 6; --k) {
    if (s_.words[k].noun_match > 0) return true;
    if (s_.words[k].verb_group != kNone || s_.folded(k) == ",") return false;
  }
  int end = s_.groups[target_group].end;
  return end + 1 < s_.size() && s_.folded(end) == "'s" ? false
         : (end < s_.size() && s_.words[end].noun_match > 0);
}

// The target group and any group joined to it as "and with Y" / "and to Y".
std::vector<int> EventFinder::target_phrases(int target_group) const {
  std::vector<int> phrases = s_.groups[target_group].phrases;
  const std::string& prep = s_.phrases[phrases.front()].prep;
  int end = s_.groups[target_group].end;
  while (!prep.empty() && s_.folded(end) == "and" && s_.folded(end + 1) == prep &&
         end + 2 < s_.size() && s_.words[end + 2].phrase != kNone) {
    const ActorGroup& next = s_.groups[s_.phrases[s_.words[end + 2].phrase].group];
    phrases.insert(phrases.end(), next.phrases.begin(), next.phrases.end());
    end = next.end;
  }
  return phrases;
}

// "condemned the transfer of missiles from North Korea to Russia": the
// groups that continue the target's noun phrase through prepositions only.
std::vector<int> EventFinder::noun_phrase_groups(int target_group) const {
  std::vector<int> phrases;
  int end = s_.groups[target_group].end;
  while (end < s_.size()) {
    int k = end;
    while (k < s_.size() && k < end + 4 && s_.words[k].phrase == kNone &&
           (has(s_.words[k].classes, kPreposition) || has(s_.words[k].classes, kDeterminer)))
      ++k;
    if (k == end || k >= s_.size() || s_.words[k].phrase == kNone) break;
    const ActorGroup& next = s_.groups[s_.phrases[s_.words[k].phrase].group];
    phrases.insert(phrases.end(), next.phrases.begin(), next.phrases.end());
    end = next.end;
  }
  return phrases;
}

void EventFinder::emit(int source_group, int target_group, const std::string& code, const std::string& rev,
          int anchor, int anchor_end, bool nominal, const EventSite& site, double confidence) {
  if (source_group == kNone || target_group == kNone) return;
  std::vector<int> targets = target_phrases(target_group);
  if (!nominal && is_speech_code(code) && noun_phrase_of_event(target_group)) {
    auto more = noun_phrase_groups(target_group);
    targets.insert(targets.end(), more.begin(), more.end());
  }
  for (int sp : s_.groups[source_group].phrases)
    for (int tp : targets) {
      add(sp, tp, code, anchor, anchor_end, nominal, site, confidence);
      if (!rev.empty()) add(tp, sp, rev, anchor, anchor_end, nominal, site, confidence);
    }
}

// Joint acts of a compound actor: one event per ordered pair.
void EventFinder::emit_within(int group, const std::string& code, int anchor, int anchor_end, bool nominal,
                 const EventSite& site, double confidence) {
  if (group == kNone) return;
  const auto& phrases = s_.groups[group].phrases;
  for (int a : phrases)
    for (int b : phrases)
      if (a != b) add(a, b, code, anchor, anchor_end, nominal, site, confidence);
}

AssembledEvents find_events(const Sentence& s, const lexicon::CompiledLexicon& lex) {
  return EventFinder(s, lex).run();
}

}  // namespace dyad::coder
