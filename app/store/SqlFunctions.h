// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace hookdesk {

// SQL functions HookDesk's queries and migrations rely on, registered on every
// connection SqliteDatabase opens (deterministic, so usable in any query):
//
//   hookdesk_contains(text, term)   1 when `term` occurs in `text` with letter
//       case ignored exactly as the search index (FTS5 trigram, case_sensitive 0)
//       ignores it, for every letter, not only ASCII; 0 otherwise, also for NULL.
//       The filter uses it where the index cannot answer (terms under three
//       characters, rows not indexed yet), so both paths find the same rows.
//   hookdesk_email_identity(email)  EmailAddress::identity(email), for migrations.
//   hookdesk_phone_e164(phone, region)  PhoneNumber::toE164(phone, region), for
//       migrations ("" when not a valid number, NULL for NULL).
class SqlFunctions
{
public:
    static bool install(sqlite3 *db);

    // The search index's case folding of one code point (tests compare it).
    static char32_t fold(char32_t c);
};

} // namespace hookdesk
