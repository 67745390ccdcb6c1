#include "pipeline/case/iso_date.h"

namespace dhr {

Result<Date> ParseIsoDate(std::string_view text) {
  const std::optional<Date> date = ParseIsoShape(text);
  if (!date) return Status::Error("case.date", "expected a date written YYYY-MM-DD");
  if (date->year == 0) return Status::Error("case.date", "year 0000 does not exist");
  if (date->month < 1 || date->month > 12) {
    return Status::Error("case.date", "not a real date: the month must be 01 to 12");
  }
  if (!IsRealDay(*date)) return Status::Error("case.date", "not a real date: that month has no such day");
  return *date;
}

}  // namespace dhr
