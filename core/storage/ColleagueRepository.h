#pragma once

#include "Database.h"
#include "domain/Records.h"

#include <QHash>
#include <QList>

#include <optional>

namespace rapport::core::storage {

// The few fields a list or a name lookup needs.
struct ColleagueRef
{
    Id id = 0;
    QString name;
    bool archived = false;
};

class ColleagueRepository final
{
public:
    explicit ColleagueRepository(Database &db) : m_db(db) {}

    // Inserts with the colleague's id when it is set (undo, restore), else a new one.
    Result<Id> insert(const Colleague &colleague);
    Status update(const Colleague &colleague);
    Status remove(Id id);
    Result<std::optional<Colleague>> find(Id id);
    Result<bool> exists(Id id);
    // Exact name, ignoring case.
    Result<QList<ColleagueRef>> findByName(const QString &name);
    // Every colleague, by name, without photos.
    Result<QList<Colleague>> list(bool includeArchived);
    Result<qint64> count();
    // The names of these colleagues (archived ones too), for labelling a few entries
    // without reading everyone.
    Result<QHash<Id, QString>> names(const QList<Id> &ids);
    // The stored photo alone (PNG), empty when there is none: lists load photos lazily.
    Result<QByteArray> photo(Id id);

    static QString nameKey(const QString &name) { return name.trimmed().toCaseFolded(); }

private:
    Status writeTagsAndPhoto(const Colleague &colleague);
    Database &m_db;
};

} // namespace rapport::core::storage
