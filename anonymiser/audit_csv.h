// The audit of an anonymisation as CSV (RFC 4180): one row per replacement with the part, the
// place in it, the original text, its replacement, the rule and whether the mention was ambiguous.
// It holds the real identifiers: callers write it with owner-only permissions (0600).
#pragma once

#include <string>
#include <vector>

#include "anonymiser/document_anonymiser.h"

namespace dhr {

std::string AuditCsv(const std::vector<AuditRow>& rows);

}  // namespace dhr
