#include "JsonImport.h"

#include "JsonImporter.h"
#include "storage/ImportWriter.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace rapport::core::io::jsonimport {

Status JsonImporter::write()
{
    Repositories &repos = m_journal.repositories();
    storage::ImportWriter writer(m_journal.database());
    if (auto ready = writer.ready(); !ready)
        return ready;
    auto before = storage::JournalReader(m_journal.database()).counts();
    if (!before)
        return before.error();
    // Into an empty journal the file's ids stay, so it is restored exactly.
    m_merge = before->total() > 0;
    if (auto begun = writer.beginWrites(!m_merge); !begun)
        return begun;
    const auto sortMap = [](std::vector<IdEntry> &map) {
        std::sort(map.begin(), map.end(), [](const IdEntry &a, const IdEntry &b) { return a.id < b.id; });
    };
    // Checked again as it is read again (the Validator also tidies), then written.
    const auto written = [&](auto &record, auto insert) -> Status {
        if (auto ok = m_validator.check(record); !ok)
            return error(m_records.invalid(ok.error()));
        if (m_merge)
            record.id = 0;
        if (auto id = insert(record); !id)
            return error(m_records.invalid(id.error()));
        return {};
    };
    auto colleagues = records<Colleague>(Colleagues, [&](Colleague &c, qint64) {
        const Id fileId = c.id;
        return written(c, [&](const Colleague &r) -> Result<Id> {
            auto id = repos.colleagues.insert(r);
            if (id && m_merge)
                m_colleagueMap.push_back({ fileId, *id });
            return id;
        });
    });
    if (!colleagues)
        return colleagues;
    sortMap(m_colleagueMap);
    auto facts = records<Fact>(Facts, [&](Fact &f, qint64) {
        const Id fileId = f.id;
        return written(f, [&](Fact &r) -> Result<Id> {
            r.colleagueId = mapped(m_colleagueMap, r.colleagueId);
            auto id = repos.facts.insert(r);
            if (id && m_merge)
                m_factMap.push_back({ fileId, *id });
            return id;
        });
    });
    if (!facts)
        return facts;
    sortMap(m_factMap);
    const auto remapColleague = [&](auto &r) { r.colleagueId = mapped(m_colleagueMap, r.colleagueId); };
    if (auto done = records<Interaction>(Interactions,
            [&](Interaction &i, qint64) {
                return written(i, [&](Interaction &r) {
                    for (Id &participant : r.participants)
                        participant = mapped(m_colleagueMap, participant);
                    return writer.insert(r);
                });
            });
        !done)
        return done;
    if (auto done = records<core::Gratitude>(Gratitude,
            [&](core::Gratitude &g, qint64) {
                return written(g, [&](core::Gratitude &r) {
                    remapColleague(r);
                    return writer.insert(r);
                });
            });
        !done)
        return done;
    if (auto done = records<Commitment>(Commitments,
            [&](Commitment &c, qint64) {
                return written(c, [&](Commitment &r) {
                    remapColleague(r);
                    return writer.insert(r);
                });
            });
        !done)
        return done;
    if (auto done = records<FollowUp>(FollowUps,
            [&](FollowUp &f, qint64) {
                return written(f, [&](FollowUp &r) {
                    remapColleague(r);
                    if (r.factId)
                        r.factId = mapped(m_factMap, *r.factId);
                    return repos.facts.insert(r);
                });
            });
        !done)
        return done;
    if (auto done = records<Reflection>(Reflections,
            [&](Reflection &r, qint64) {
                return written(r, [&](const Reflection &row) { return repos.reflections.insert(row); });
            });
        !done)
        return done;
    // A merge keeps the journal's own card unless it was never filled in.
    auto card = repos.reflections.aboutMe();
    if (!card)
        return card.error();
    if (!m_merge || *card == AboutMe {}) {
        auto about = records<AboutMe>(AboutMeCard, [&](AboutMe &read, qint64) -> Status {
            if (auto ok = m_validator.check(read); !ok)
                return error(m_records.invalid(ok.error()));
            return repos.reflections.setAboutMe(read);
        });
        if (!about)
            return about;
    }
    return writer.endWrites();
}

Result<ImportSummary> JsonImporter::run()
{
    QElapsedTimer timer;
    timer.start();
    if (auto opened = open(); !opened)
        return opened.error();
    if (auto scanned = scan(); !scanned)
        return scanned.error();
    spdlog::debug("json import: structure read in {} ms", timer.restart());
    if (auto checked = check(); !checked)
        return checked.error();
    spdlog::debug("json import: {} records checked in {} ms", m_total / 2, timer.restart());
    if (auto done = m_journal.database().transaction([this] { return write(); }); !done)
        return done.error();
    spdlog::debug("json import: written in {} ms (merge: {})", timer.restart(), m_merge);
    // No command on the stack may refer to ids the import has taken.
    m_journal.undoStack().clear();
    ImportSummary summary;
    summary.merged = m_merge;
    storage::JournalCounts &added = summary.added;
    for (auto [count, section] :
        { std::pair { &added.colleagues, Colleagues }, { &added.facts, Facts }, { &added.interactions, Interactions },
            { &added.gratitude, Gratitude }, { &added.commitments, Commitments }, { &added.followUps, FollowUps },
            { &added.reflections, Reflections } })
        *count = m_count[section];
    return summary;
}

} // namespace rapport::core::io::jsonimport

namespace rapport::core::io {

Result<ImportSummary> JsonImport::read(Journal &journal, const QString &path, const Progress &progress)
{
    jsonimport::JsonImporter importer(journal, path, progress);
    return importer.run();
}

} // namespace rapport::core::io
