// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlFunctions.h"

#include "EmailAddress.h"
#include "PhoneNumber.h"

#include <QString>

#include <sqlite3.h>

#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace hookdesk {
namespace {

// Code points below this are folded through the table; beyond it SQLite's
// folding leaves text alone except for the few letters found while building.
constexpr char32_t TableEnd = 0x20000;

std::vector<char32_t> &foldTable()
{
    static std::vector<char32_t> table;
    return table;
}

void appendUtf8(std::string *out, char32_t c)
{
    if (c < 0x80) {
        out->push_back(char(c));
    } else if (c < 0x800) {
        out->push_back(char(0xC0 | (c >> 6)));
        out->push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out->push_back(char(0xE0 | (c >> 12)));
        out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out->push_back(char(0x80 | (c & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (c >> 18)));
        out->push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out->push_back(char(0x80 | (c & 0x3F)));
    }
}

// Decodes one code point at `*p` (lenient like SQLite: a broken sequence
// yields U+FFFD and moves on).
char32_t readUtf8(const unsigned char **p, const unsigned char *end)
{
    const unsigned char lead = *(*p)++;
    if (lead < 0x80)
        return lead;
    int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
    char32_t c = extra == 3 ? (lead & 0x07) : extra == 2 ? (lead & 0x0F) : (lead & 0x1F);
    if (extra == 0)
        return 0xFFFD;
    while (extra-- > 0) {
        if (*p >= end || (**p & 0xC0) != 0x80)
            return 0xFFFD;
        c = (c << 6) | (*(*p)++ & 0x3F);
    }
    return c;
}

struct TableBuilder
{
    std::string text;
    std::vector<char32_t> *table;
};

int recordToken(void *context, int, const char *token, int tokenBytes, int start, int)
{
    auto *builder = static_cast<TableBuilder *>(context);
    const auto *in = reinterpret_cast<const unsigned char *>(builder->text.data()) + start;
    const auto *inEnd = reinterpret_cast<const unsigned char *>(builder->text.data() + builder->text.size());
    const auto *folded = reinterpret_cast<const unsigned char *>(token);
    const char32_t original = readUtf8(&in, inEnd);
    const char32_t result = readUtf8(&folded, folded + tokenBytes);
    if (original < TableEnd)
        (*builder->table)[original] = result;
    return SQLITE_OK;
}

// Rather than copy SQLite's case tables (which follow an older Unicode than
// Qt's), ask the trigram tokenizer itself: every code point of planes 0 and 1
// starts one trigram, whose first character is that code point folded.
bool buildFoldTable(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        return false;
    void *userData = nullptr;
    fts5_tokenizer tokenizer{};
    if (api->xFindTokenizer(api, "trigram", &userData, &tokenizer) != SQLITE_OK)
        return false;
    const char *arguments[] = {"case_sensitive", "0"};
    Fts5Tokenizer *instance = nullptr;
    if (tokenizer.xCreate(userData, arguments, 2, &instance) != SQLITE_OK)
        return false;

    std::vector<char32_t> &table = foldTable();
    table.resize(TableEnd);
    for (char32_t c = 0; c < TableEnd; ++c)
        table[c] = c;
    TableBuilder builder{{}, &table};
    builder.text.reserve(4 * TableEnd);
    for (char32_t c = 1; c < TableEnd; ++c) {
        if (c < 0xD800 || c > 0xDFFF)
            appendUtf8(&builder.text, c);
    }
    builder.text += "..";
    const int rc = tokenizer.xTokenize(instance, &builder, FTS5_TOKENIZE_DOCUMENT,
                                       builder.text.data(), int(builder.text.size()), recordToken);
    tokenizer.xDelete(instance);
    return rc == SQLITE_OK;
}

thread_local std::string foldBuffer;

void foldUtf8(const unsigned char *text, int bytes, std::string *out)
{
    out->clear();
    const unsigned char *end = text + bytes;
    const std::vector<char32_t> &table = foldTable();
    while (text < end) {
        const unsigned char b = *text;
        if (b < 0x80) { // the common case, without a table lookup
            out->push_back(char(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b));
            ++text;
            continue;
        }
        const char32_t c = readUtf8(&text, end);
        appendUtf8(out, c < table.size() ? table[c] : c);
    }
}

void destroyString(void *p)
{
    delete static_cast<std::string *>(p);
}

void containsFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = sqlite3_value_text(argv[0]);
    const auto *term = sqlite3_value_text(argv[1]);
    if (!text || !term) {
        sqlite3_result_int(context, 0);
        return;
    }
    // The term is the same for every row of a statement: fold it once.
    auto *foldedTerm = static_cast<std::string *>(sqlite3_get_auxdata(context, 1));
    if (!foldedTerm) {
        auto *fresh = new std::string;
        foldUtf8(term, sqlite3_value_bytes(argv[1]), fresh);
        sqlite3_set_auxdata(context, 1, fresh, destroyString);
        foldedTerm = static_cast<std::string *>(sqlite3_get_auxdata(context, 1));
        if (!foldedTerm) { // SQLite could not keep it (and has freed it): fold again
            std::string once;
            foldUtf8(term, sqlite3_value_bytes(argv[1]), &once);
            foldUtf8(text, sqlite3_value_bytes(argv[0]), &foldBuffer);
            sqlite3_result_int(context, foldBuffer.find(once) != std::string::npos);
            return;
        }
    }
    foldUtf8(text, sqlite3_value_bytes(argv[0]), &foldBuffer);
    sqlite3_result_int(context, std::string_view(foldBuffer).find(*foldedTerm) != std::string_view::npos);
}

void emailIdentityFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = sqlite3_value_text(argv[0]);
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QString email = QString::fromUtf8(reinterpret_cast<const char *>(text),
                                            sqlite3_value_bytes(argv[0]));
    const QByteArray identity = EmailAddress::identity(email).toUtf8();
    sqlite3_result_text(context, identity.constData(), int(identity.size()), SQLITE_TRANSIENT);
}

void phoneE164Function(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = sqlite3_value_text(argv[0]);
    const auto *region = sqlite3_value_text(argv[1]);
    if (!text || !region) {
        sqlite3_result_null(context);
        return;
    }
    const QString phone = QString::fromUtf8(reinterpret_cast<const char *>(text),
                                            sqlite3_value_bytes(argv[0]));
    const QString regionCode = QString::fromUtf8(reinterpret_cast<const char *>(region),
                                                 sqlite3_value_bytes(argv[1]));
    const QByteArray e164 = PhoneNumber::toE164(phone, regionCode).toUtf8();
    sqlite3_result_text(context, e164.constData(), int(e164.size()), SQLITE_TRANSIENT);
}

} // namespace

char32_t SqlFunctions::fold(char32_t c)
{
    const std::vector<char32_t> &table = foldTable();
    return c < table.size() ? table[c] : c;
}

bool SqlFunctions::install(sqlite3 *db)
{
    static std::once_flag built;
    static bool tableReady = false;
    std::call_once(built, [db] { tableReady = buildFoldTable(db); });
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return tableReady
            && sqlite3_create_function_v2(db, "hookdesk_contains", 2, flags, nullptr,
                                          containsFunction, nullptr, nullptr, nullptr) == SQLITE_OK
            && sqlite3_create_function_v2(db, "hookdesk_email_identity", 1, flags, nullptr,
                                          emailIdentityFunction, nullptr, nullptr, nullptr) == SQLITE_OK
            && sqlite3_create_function_v2(db, "hookdesk_phone_e164", 2, flags, nullptr,
                                          phoneE164Function, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace hookdesk
