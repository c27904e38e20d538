#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

namespace rapport::core {

struct Repositories;

// Checks a record before it is written. Each error names the field at fault (the JSON
// field name), so forms can show it beside the field and imports can name it.
// Normalises in place what a user would not want kept: surrounding spaces, repeated tags.
class Validator final
{
public:
    explicit Validator(Repositories &repos) : m_repos(repos) {}

    Status check(Colleague &colleague);
    Status check(Interaction &interaction);
    Status check(Gratitude &gratitude);
    Status check(Commitment &commitment);
    Status check(Fact &fact);
    Status check(FollowUp &followUp);
    Status check(Reflection &reflection);
    Status check(AboutMe &about);

    // The colleague exists (archived ones too).
    Status colleagueExists(Id id, const QString &field = QStringLiteral("colleague_id"));

private:
    Repositories &m_repos;
};

} // namespace rapport::core
