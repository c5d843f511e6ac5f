#include "bounded_parse.h"

#include <fmt/format.h>

#include <time.h>

#include <csetjmp>
#include <cstdlib>

namespace dyad::html {
namespace {

// CPU time of the calling thread: what the parse costs, whatever else runs.
int64_t thread_cpu_nanoseconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

}  // namespace

// Every block gumbo allocates is preceded by a header that links it into the
// arena's list, so an abandoned parse can be freed without gumbo.
struct ParsedHtml::Arena {
  struct alignas(alignof(std::max_align_t)) Header {
    Header* prev;
    Header* next;
    size_t size;
  };
  enum class Over { kNothing, kMemory, kTime };

  ParseBudget budget;
  int64_t deadline_ns = 0;  // thread CPU time
  Header* head = nullptr;
  size_t live_bytes = 0;
  size_t allocations = 0;
  Over over = Over::kNothing;
  std::jmp_buf* escape = nullptr;

  ~Arena() {
    while (head) {
      Header* next = head->next;
      std::free(head);
      head = next;
    }
  }

  // Called by gumbo: no object with a destructor may be alive here, since
  // abandon() jumps over this frame.
  static void* allocate(void* userdata, size_t size) {
    auto* arena = static_cast<Arena*>(userdata);
    if (arena->live_bytes + size > arena->budget.max_bytes) arena->abandon(Over::kMemory);
    // The clock is read every 1024 allocations (a system call): gumbo
    // allocates for every tag, so even its slowest stretches reach here often.
    if ((++arena->allocations & 1023) == 0 && thread_cpu_nanoseconds() > arena->deadline_ns)
      arena->abandon(Over::kTime);
    auto* header = static_cast<Header*>(std::malloc(sizeof(Header) + size));
    if (!header) arena->abandon(Over::kMemory);
    header->prev = nullptr;
    header->next = arena->head;
    header->size = size;
    if (arena->head) arena->head->prev = header;
    arena->head = header;
    arena->live_bytes += size;
    return header + 1;
  }

  static void deallocate(void* userdata, void* block) {
    if (!block) return;
    auto* arena = static_cast<Arena*>(userdata);
    Header* header = static_cast<Header*>(block) - 1;
    if (header->prev) header->prev->next = header->next;
    else arena->head = header->next;
    if (header->next) header->next->prev = header->prev;
    arena->live_bytes -= header->size;
    std::free(header);
  }

  [[noreturn]] void abandon(Over why) {
    over = why;
    std::longjmp(*escape, 1);
  }
};

namespace {

// setjmp's frame holds nothing but trivially destructible locals.
GumboOutput* parse_or_abandon(ParsedHtml::Arena& arena, const GumboOptions& options,
                              std::string_view html) {
  std::jmp_buf escape;
  arena.escape = &escape;
  if (setjmp(escape) != 0) return nullptr;
  return gumbo_parse_with_options(&options, html.data(), html.size());
}

}  // namespace

ParsedHtml::ParsedHtml() : arena_(std::make_unique<Arena>()) {}

// The tree is freed with the arena: gumbo_destroy_output recurses once per
// level of nesting, the arena's list does not.
ParsedHtml::~ParsedHtml() = default;

Result<std::unique_ptr<ParsedHtml>> parse_html(std::string_view html, const ParseBudget& budget) {
  std::unique_ptr<ParsedHtml> parsed(new ParsedHtml());
  ParsedHtml::Arena& arena = *parsed->arena_;
  arena.budget = budget;
  arena.deadline_ns = thread_cpu_nanoseconds() + budget.max_cpu_time.count();
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &ParsedHtml::Arena::allocate;
  options.deallocator = &ParsedHtml::Arena::deallocate;
  options.userdata = &arena;
  // Parse errors are never read, and gumbo copies the whole stack of open
  // elements into each one: 765 MB for 10,000 unclosed <div>s.
  options.max_errors = 0;
  parsed->output_ = parse_or_abandon(arena, options, html);
  using Over = ParsedHtml::Arena::Over;
  if (arena.over == Over::kMemory)
    return Status::Error(fmt::format("HTML over its parsing budget: the parser needed more than {} MiB",
                                     budget.max_bytes >> 20));
  if (arena.over == Over::kTime) {
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(budget.max_cpu_time).count();
    return Status::Error(fmt::format("HTML over its parsing budget: parsing took more than {} ms of CPU time", ms));
  }
  return parsed;
}

}  // namespace dyad::html
