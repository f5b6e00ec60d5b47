// Test helper: writes logbook entries in a loop and prints each entry's id on stdout after
// its transaction has committed. tst_crashsafety kills it with SIGKILL at a random moment.
#include "store/store.h"

#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: bro_crash_writer DB KEYHEX\n");
        return 2;
    }
    std::string key;
    for (std::size_t i = 0; i + 1 < std::strlen(argv[2]); i += 2)
        key.push_back(static_cast<char>(std::stoi(std::string(argv[2] + i, 2), nullptr, 16)));
    auto opened = bro::store::Store::open(argv[1], key);
    if (auto *e = std::get_if<bro::store::Store::OpenError>(&opened)) {
        std::fprintf(stderr, "open: %s\n", e->message.c_str());
        return 1;
    }
    auto &store = *std::get<std::unique_ptr<bro::store::Store>>(opened);
    auto books = store.list("training_book");
    std::string book;
    if (books.empty()) {
        const auto p = store.create("participant", {{"name", "Crash Test"}});
        book =
            store.create("training_book", {{"participant_id", p.id}, {"employer", "Verksted"}}).id;
    } else {
        book = books.front()["id"];
    }
    for (int i = 0;; ++i) {
        const auto r =
            store.create("logbook_entry",
                         {{"training_book_id", book},
                          {"entry_date", "2026-11-20"},
                          {"hours", 7.5},
                          {"tasks", "Skiftet sikringer og trakk kabel, runde " + std::to_string(i)},
                          {"norwegian_used", "sikringsskap, kabel"}});
        if (!r.ok()) {
            std::fprintf(stderr, "write: %s\n", r.error->message.c_str());
            return 1;
        }
        std::printf("%s\n", r.id.c_str());
        std::fflush(stdout);
    }
}
