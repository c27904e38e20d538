#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <functional>
#include <optional>

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

    // Where references are looked up instead of the journal: an import checks its file's
    // references against the file's own ids before it writes anything.
    struct References
    {
        std::function<bool(Id colleagueId)> colleagueExists;
        // The colleague the fact is about; nullopt when there is no such fact.
        std::function<std::optional<Id>(Id factId)> factColleague;
    };
    void setReferences(References references) { m_references = std::move(references); }

private:
    Repositories &m_repos;
    References m_references;
};

} // namespace rapport::core
