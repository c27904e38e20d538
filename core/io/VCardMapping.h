#pragma once

#include "VCardImport.h"
#include "VCardReader.h"

#include <QDate>
#include <QHash>

#include <utility>

namespace rapport::core::io {

// A card as the colleague it would add, with where each field came from.
struct VCardColleague
{
    Colleague colleague;
    // The JSON field name ("email") -> the line and the property ("EMAIL") it came from.
    QHash<QString, std::pair<qint64, QString>> sources;
};

// Maps cards to colleagues for VCardImport (see there for which property fills what).
// What cannot be used but is no error (a photo that is a link, a UTC offset for a time
// zone, a birthday written as text) is left out with a note.
class VCardMapping final
{
public:
    VCardMapping(const QString &path, const PhotoScaler &scaler, const QDate &today, QStringList &notes);

    Result<VCardColleague> map(const VCard &card);

    // "PATH: line 12, field "email" (property EMAIL): MESSAGE", the line being the
    // property's, else the card's.
    Error problem(const VCardColleague &mapped, qint64 cardLine, const Error &error) const;

private:
    void note(qint64 line, const QString &text);
    void photo(const VCardProperty &property, VCardColleague &out);
    Status birthday(const VCardProperty &property, VCardColleague &out);

    QString m_path;
    const PhotoScaler &m_scaler;
    QDate m_today;
    QStringList &m_notes;
    QList<std::pair<qint64, QString>> m_cardNotes;
    qint64 m_photoBytes = 0;
};

} // namespace rapport::core::io
