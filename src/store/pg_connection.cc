#include "store/pg_connection.h"

#include "store/pg_secrets.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace dyad::store {
namespace {

std::string trimmed(const char* message) {
  std::string text = message ? message : "";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

void ignore_notice(void*, const char*) {}

}  // namespace

Result<PgConn> pg_connect(const std::string& location) {
  char* parse_error = nullptr;
  PQconninfoOption* parsed = PQconninfoParse(location.c_str(), &parse_error);
  if (!parsed) {
    std::string reason = parse_error ? trimmed(parse_error) : "out of memory";
    PQfreemem(parse_error);
    return Status::InvalidArgument(
        without_secrets("malformed PostgreSQL connection string: " + reason, location));
  }
  PQconninfoFree(parsed);
  // Later keywords win, and the expanded connection string comes last.
  const char* keywords[] = {"connect_timeout", "application_name", "client_encoding", "dbname",
                            nullptr};
  const char* values[] = {"10", "dyad", "UTF8", location.c_str(), nullptr};
  PgConn conn(PQconnectdbParams(keywords, values, 1));
  if (!conn) return Status::Error("cannot connect to PostgreSQL: out of memory");
  if (PQstatus(conn.get()) != CONNECTION_OK) {
    return Status::Unavailable(
        without_secrets("cannot connect to PostgreSQL: " + trimmed(PQerrorMessage(conn.get())), location));
  }
  PQsetNoticeProcessor(conn.get(), ignore_notice, nullptr);
  return conn;
}

bool pg_ok(const PGresult* result) {
  if (!result) return false;
  ExecStatusType status = PQresultStatus(result);
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_SINGLE_TUPLE;
}

Status pg_error(PGconn* conn, const PGresult* result, std::string_view what) {
  std::string message = result ? trimmed(PQresultErrorMessage(result)) : "";
  if (message.empty()) message = trimmed(PQerrorMessage(conn));
  if (message.empty()) message = "unknown error";
  if (PQstatus(conn) == CONNECTION_BAD) message += " (the connection to the server was lost)";
  return Status::Error(fmt::format("{}: {}", what, message));
}

Status pg_exec(PGconn* conn, const char* sql, std::string_view what) {
  PgResult result(PQexec(conn, sql));
  return pg_ok(result.get()) ? Status::Ok() : pg_error(conn, result.get(), what);
}

std::string pg_text_array(const std::vector<std::string>& values) {
  std::string out = "{";
  for (const std::string& value : values) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (char c : value) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

void PgParams::real(double v) {
  if (std::isfinite(v))
    add(fmt::format("{}", v));
  else
    add_null();
}

const char* const* PgParams::values() {
  pointers_.clear();
  for (size_t i = 0; i < values_.size(); ++i) {
    pointers_.push_back(null_[i] ? nullptr : values_[i].c_str());
  }
  return pointers_.data();
}

Result<PgResult> pg_exec_prepared(PGconn* conn, const char* name, PgParams& params,
                                  std::string_view what) {
  PgResult result(PQexecPrepared(conn, name, params.size(), params.values(), nullptr, nullptr, 0));
  if (!pg_ok(result.get())) return pg_error(conn, result.get(), what);
  return result;
}

std::string PgRow::text(int i) const {
  if (null(i)) return {};
  return std::string(PQgetvalue(result_, row_, i),
                     static_cast<size_t>(PQgetlength(result_, row_, i)));
}

// std::from_chars: independent of the C locale, unlike strtod.
int64_t PgRow::integer(int i) const {
  int64_t value = 0;
  const char* text = PQgetvalue(result_, row_, i);
  std::from_chars(text, text + std::strlen(text), value);
  return value;
}

double PgRow::real(int i) const {
  double value = std::numeric_limits<double>::quiet_NaN();
  if (null(i)) return value;
  const char* text = PQgetvalue(result_, row_, i);
  std::from_chars(text, text + std::strlen(text), value);
  return value;
}

}  // namespace dyad::store
