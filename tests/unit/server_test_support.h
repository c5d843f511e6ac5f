// Shared by the server tests: a store of known documents served by a real
// dyad::Server on a free loopback port (in this process, on a thread of its
// own), a client for it, and JSON parsing of the replies.
#pragma once

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <simdjson.h>

#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "dyad/server.h"
#include "store_test_support.h"

namespace dyad::testing {

// 30 documents, doc-00 .. doc-29, dated 2024-06-01 .. 2024-06-30, each with
// four events over two sentences: RUS->PRK 057 asserted, PRK->RUS 042
// reported, RUS->PRK 190 planned, USA->RUS 163 asserted (120 events).
inline std::vector<StoredDocument> known_documents() {
  std::vector<StoredDocument> docs;
  for (int i = 0; i < 30; ++i) {
    std::string date = fmt::format("2024-06-{:02}", i + 1);
    std::vector<Event> events = {make_event("RUS", "PRK", "057", Modality::kAsserted, date),
                                 make_event("PRK", "RUS", "042", Modality::kReported, date),
                                 make_event("RUS", "PRK", "190", Modality::kPlanned, date),
                                 make_event("USA", "RUS", "163", Modality::kAsserted, date)};
    StoredDocument d = make_document(fmt::format("doc-{:02}", i), std::move(events));
    d.date = date;
    docs.push_back(std::move(d));
  }
  return docs;
}

struct HttpReply {
  int status = 0;
  std::string body, content_type;
  httplib::Headers headers;
  std::string header(const std::string& name) const {
    auto found = headers.find(name);
    return found == headers.end() ? "" : found->second;
  }
};

// A parsed JSON reply; the parser owns the elements' memory.
struct Json {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
};
inline std::unique_ptr<Json> parse_json(const std::string& text) {
  auto json = std::make_unique<Json>();
  auto error = json->parser.parse(text).get(json->root);
  EXPECT_FALSE(error) << "not JSON: " << text.substr(0, 200);
  return json;
}

class ServedStore {
 public:
  // Writes `documents` to a new SQLite store and serves it with `options`
  // (db, port and log are set here).
  // `backend`: "sqlite", or "postgres" (on the server DYAD_TEST_PG names).
  explicit ServedStore(const std::vector<StoredDocument>& documents, ServerOptions options = {},
                       StoreOptions store_options = {}, const std::string& backend = "sqlite")
      : scratch_(backend) {
    EXPECT_EQ(scratch_.setup_error(), "");
    {
      auto store = open_store(scratch_.location(), store_options);
      EXPECT_TRUE(store.ok()) << store.status().message();
      if (!store.ok()) return;
      Status st = store.value()->write(documents);
      EXPECT_TRUE(st.ok()) << st.message();
    }
    options.db = scratch_.location();
    options.port = 0;
    options.log = [this](std::string_view line) {
      std::lock_guard lock(mutex_);
      log_.emplace_back(line);
    };
    auto server = Server::start(options);
    EXPECT_TRUE(server.ok()) << server.status().message();
    if (!server.ok()) return;
    server_ = std::move(server).value();
    thread_ = std::thread([this] { server_->run(); });
    for (int i = 0; i < 200 && get("/healthz").status != 200; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  ~ServedStore() {
    if (!server_) return;
    server_->stop();
    thread_.join();
  }

  bool running() const { return server_ != nullptr; }
  int port() const { return server_->port(); }
  const std::string& location() const { return scratch_.location(); }

  HttpReply get(const std::string& target) {
    httplib::Client client("127.0.0.1", port());
    return to_reply(client.Get(target.c_str()));
  }
  HttpReply post(const std::string& target, const std::string& body,
                 const httplib::Headers& headers = {}) {
    httplib::Client client("127.0.0.1", port());
    return to_reply(client.Post(target.c_str(), headers, body, "application/json"));
  }

  std::vector<std::string> log() {
    std::lock_guard lock(mutex_);
    return log_;
  }

 private:
  static HttpReply to_reply(const httplib::Result& result) {
    HttpReply reply;
    if (!result) return reply;  // status 0: no answer
    reply.status = result->status;
    reply.body = result->body;
    reply.content_type = result->get_header_value("Content-Type");
    reply.headers = result->headers;
    return reply;
  }

  ScratchStore scratch_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::mutex mutex_;
  std::vector<std::string> log_;
};

// The error object of an error reply: its status and message.
inline void expect_error(const HttpReply& reply, int status, const std::string& message_part) {
  EXPECT_EQ(reply.status, status) << reply.body;
  auto json = parse_json(reply.body);
  int64_t reported = 0;
  std::string_view message;
  EXPECT_FALSE(json->root["error"]["status"].get(reported)) << reply.body;
  EXPECT_FALSE(json->root["error"]["message"].get(message)) << reply.body;
  EXPECT_EQ(reported, status);
  EXPECT_NE(std::string(message).find(message_part), std::string::npos)
      << "\"" << message << "\" does not say \"" << message_part << "\"";
  EXPECT_EQ(reply.content_type, "application/json");
}

}  // namespace dyad::testing
