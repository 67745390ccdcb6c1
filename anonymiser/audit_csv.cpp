#include "anonymiser/audit_csv.h"

namespace dhr {
namespace {

std::string Field(const std::string& s) {
  // Quote every field: identifiers hold commas, quotes and line breaks. A leading = + - @ is
  // prefixed with ' so a spreadsheet does not run it as a formula.
  std::string out = "\"";
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@')) out += '\'';
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

std::string AuditCsv(const std::vector<AuditRow>& rows) {
  std::string out = "part,where,original,replacement,rule,ambiguous\r\n";
  for (const AuditRow& r : rows) {
    out += Field(r.part) + "," + Field(r.where) + "," + Field(r.original) + "," + Field(r.replacement) + "," +
           Field(r.rule) + "," + (r.ambiguous ? "yes" : "no") + "\r\n";
  }
  return out;
}

}  // namespace dhr
