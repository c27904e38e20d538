#include "VCardMapping.h"

#include <QDir>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <climits>

namespace rapport::core::io {
namespace {

using namespace Qt::StringLiterals;

// A card with Apple's labels found once: Apple names what item1.EMAIL is in
// "item1.X-ABLabel:_$!<Work>!$_" (a custom label is plain text).
struct Labelled
{
    explicit Labelled(const VCard &c)
        : card(c)
    {
        for (const VCardProperty &p : c.properties) {
            if (p.name != "X-ABLABEL"_L1 || p.group.isEmpty() || labels.contains(p.group.toCaseFolded()))
                continue;
            QString label = p.text().trimmed();
            if (label.startsWith("_$!<"_L1) && label.endsWith(">!$_"_L1))
                label = label.mid(4, label.size() - 8);
            labels.insert(p.group.toCaseFolded(), label.toLower());
        }
    }

    // "work", or empty when the property has no label.
    QString label(const VCardProperty &p) const
    {
        return p.group.isEmpty() ? QString() : labels.value(p.group.toCaseFolded());
    }

    const VCard &card;
    QHash<QString, QString> labels; // by group, case-folded
};

// Lower is preferred: PREF=1..100 or TYPE=pref first, then the types of `order` in turn
// (TYPE or Apple's label), then the rest.
int rank(const Labelled &card, const VCardProperty &p, std::initializer_list<QLatin1StringView> order)
{
    if (p.hasType(u"pref"_s)) {
        bool number = false;
        const int pref = p.param(u"PREF"_s).value(0).toInt(&number);
        return number ? std::clamp(pref, 1, 100) : 1;
    }
    const QString label = card.label(p);
    int score = 200;
    for (const QLatin1StringView type : order) {
        if (p.hasType(type) || label == type || (type == "cell"_L1 && label == "mobile"_L1))
            return score;
        score += 100;
    }
    return score;
}

// The preferred property called `name` with a value, the first one on a tie.
const VCardProperty *best(const Labelled &card, QLatin1StringView name, std::initializer_list<QLatin1StringView> order)
{
    const VCardProperty *found = nullptr;
    int foundRank = INT_MAX;
    for (const VCardProperty &p : card.card.properties) {
        if (p.name != name || p.isBinary || p.text().trimmed().isEmpty())
            continue;
        if (const int r = rank(card, p, order); r < foundRank) {
            found = &p;
            foundRank = r;
        }
    }
    return found;
}

const VCardProperty *first(const Labelled &card, QLatin1StringView name)
{
    return best(card, name, {});
}

// "mailto:ana@example.com" -> "ana@example.com"; only the scheme given is taken off.
QString withoutScheme(const QString &value, QLatin1StringView scheme)
{
    const QString text = value.trimmed();
    return text.startsWith(scheme, Qt::CaseInsensitive) ? text.mid(scheme.size()).trimmed() : text;
}

// "xmpp:ana@example.com", "skype:ana.silva" -> the handle.
QString withoutAnyScheme(const QString &value)
{
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    return QString(value.trimmed()).remove(scheme).trimmed();
}

QString elided(const QString &text)
{
    return text.size() > 60 ? text.left(60) + u"…"_s : text;
}

enum class DateKind { Full, Partial, Bad };

// BDAY as address books write it: YYYY-MM-DD or YYYYMMDD, --MM-DD or --MMDD, each maybe
// followed by a time; Apple's year 1604 (and a year 0000) mean the year is not known.
DateKind parseBirthday(const QString &value, Birthday &out)
{
    QString text = value.trimmed();
    if (const qsizetype time = text.indexOf(QLatin1Char('T')); time >= 0)
        text.truncate(time);
    static const QRegularExpression full(u"^(\\d{4})(-?)(\\d{2})\\2(\\d{2})$"_s);
    static const QRegularExpression monthDay(u"^--(\\d{2})-?(\\d{2})$"_s);
    static const QRegularExpression partial(u"^(\\d{4}(-?\\d{2})?|---\\d{2})$"_s);
    if (const auto m = full.match(text); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        out = { m.captured(3).toInt(), m.captured(4).toInt(), year };
        if (year == 1604 || year == 0)
            out.year.reset();
    } else if (const auto md = monthDay.match(text); md.hasMatch()) {
        out = { md.captured(1).toInt(), md.captured(2).toInt(), std::nullopt };
    } else {
        return partial.match(text).hasMatch() ? DateKind::Partial : DateKind::Bad;
    }
    // Without a year, checked against a leap year so that --02-29 is accepted.
    return QDate(out.year.value_or(2000), out.month, out.day).isValid() ? DateKind::Full : DateKind::Bad;
}

} // namespace

VCardMapping::VCardMapping(const QString &path, const PhotoScaler &scaler, const QDate &today, QStringList &notes)
    : m_path(path)
    , m_scaler(scaler)
    , m_today(today)
    , m_notes(notes)
{
}

void VCardMapping::note(qint64 line, const QString &text)
{
    m_cardNotes.append({ line, text });
}

Error VCardMapping::problem(const VCardColleague &mapped, qint64 cardLine, const Error &error) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    const auto source = mapped.sources.constFind(error.field);
    if (source != mapped.sources.cend())
        return Error { VCardImport::tr("%1: line %2, field \"%3\" (property %4): %5")
                           .arg(file, QString::number(source->first), error.field, source->second, error.message),
            error.field };
    if (error.field.isEmpty())
        return Error { VCardImport::tr("%1: line %2: %3").arg(file, QString::number(cardLine), error.message) };
    return Error {
        VCardImport::tr("%1: line %2, field \"%3\": %4").arg(file, QString::number(cardLine), error.field, error.message),
        error.field
    };
}

void VCardMapping::photo(const VCardProperty &p, VCardColleague &out)
{
    if (!p.isBinary) {
        if (const QString link = p.text().trimmed(); !link.isEmpty())
            note(p.line,
                VCardImport::tr("the photo is a link (%1); photos are not downloaded, so it was left out")
                    .arg(elided(link)));
        return;
    }
    if (p.binary.isEmpty())
        return;
    if (!m_scaler) {
        note(p.line, VCardImport::tr("the photo was left out; images cannot be read here"));
        return;
    }
    const auto png = m_scaler(p.binary);
    if (!png) {
        note(p.line, VCardImport::tr("the photo is not an image that can be read, so it was left out"));
        return;
    }
    if (m_photoBytes + png->size() > VCardImport::kMaxPhotoBytes) {
        note(p.line,
            VCardImport::tr("the photo was left out; the photos of this file together are larger than %1 MB")
                .arg(VCardImport::kMaxPhotoBytes >> 20));
        return;
    }
    m_photoBytes += png->size();
    out.colleague.photoPng = *png;
    out.sources.insert(u"photo_png_base64"_s, { p.line, p.name });
}

Status VCardMapping::birthday(const VCardProperty &p, VCardColleague &out)
{
    const QString text = p.text().trimmed();
    if (p.param(u"VALUE"_s).value(0).compare("text"_L1, Qt::CaseInsensitive) == 0) {
        note(p.line, VCardImport::tr("the birthday \"%1\" is text, not a date, so it was left out").arg(elided(text)));
        return {};
    }
    out.sources.insert(u"birthday"_s, { p.line, p.name });
    Birthday birthday;
    switch (parseBirthday(text, birthday)) {
    case DateKind::Full:
        out.colleague.birthday = birthday;
        return {};
    case DateKind::Partial:
        note(p.line, VCardImport::tr("the birthday \"%1\" has no month and day, so it was left out").arg(text));
        return {};
    case DateKind::Bad:
        break;
    }
    return Error::inField(u"birthday"_s,
        VCardImport::tr("\"%1\" is not a birthday written YYYY-MM-DD, YYYYMMDD, --MMDD or --MM-DD").arg(elided(text)));
}

Result<VCardColleague> VCardMapping::map(const VCard &card)
{
    VCardColleague out;
    Colleague &c = out.colleague;
    c.trackedSince = m_today;
    m_cardNotes.clear();
    const Labelled labelled(card);
    const auto set = [&](QString &field, const char *key, const VCardProperty *p, const QString &value) {
        if (!p || value.isEmpty())
            return;
        field = value;
        out.sources.insert(QLatin1String(key), { p->line, p->name });
    };
    if (const VCardProperty *fn = first(labelled, "FN"_L1))
        set(c.name, "name", fn, fn->text().simplified());
    const VCardProperty *n = first(labelled, "N"_L1);
    if (c.name.isEmpty() && n) // Family;Given;Additional;Prefixes;Suffixes
        set(c.name, "name", n, QString(n->components().value(1) + u' ' + n->components().value(0)).simplified());
    if (const VCardProperty *org = first(labelled, "ORG"_L1)) {
        QStringList units = org->components();
        for (QString &unit : units)
            unit = unit.simplified();
        if (c.name.isEmpty())
            set(c.name, "name", org, units.value(0));
        set(c.department, "department", org, units.value(1).isEmpty() ? units.value(0) : units.value(1));
        set(c.team, "team", org, units.value(2));
    }
    const VCardProperty *title = first(labelled, "TITLE"_L1);
    if (!title)
        title = first(labelled, "ROLE"_L1);
    if (title)
        set(c.role, "role", title, title->text().trimmed());
    if (const VCardProperty *email = best(labelled, "EMAIL"_L1, { "work"_L1 }))
        set(c.email, "email", email, withoutScheme(email->text(), "mailto:"_L1));
    if (const VCardProperty *tel = best(labelled, "TEL"_L1, { "work"_L1, "cell"_L1 }))
        set(c.phone, "phone", tel, withoutScheme(tel->text(), "tel:"_L1));
    if (const VCardProperty *impp = best(labelled, "IMPP"_L1, { "work"_L1 }))
        set(c.chat, "chat", impp, withoutAnyScheme(impp->text()));
    if (const VCardProperty *pronouns = first(labelled, "PRONOUNS"_L1))
        set(c.pronouns, "pronouns", pronouns, pronouns->text().trimmed());
    if (const VCardProperty *tz = first(labelled, "TZ"_L1)) {
        const QString zone = tz->text().trimmed();
        if (QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
            set(c.timeZone, "time_zone", tz, zone);
        else
            note(tz->line,
                VCardImport::tr("the time zone \"%1\" is not an IANA name such as Europe/Berlin, so it was left out")
                    .arg(elided(zone)));
    }
    for (const VCardProperty &p : card.properties) {
        if (p.name == "NOTE"_L1 && !p.text().trimmed().isEmpty()) {
            if (!out.sources.contains(u"notes"_s))
                out.sources.insert(u"notes"_s, { p.line, p.name });
            c.notes += (c.notes.isEmpty() ? QString() : u"\n\n"_s) + p.text().trimmed();
        } else if (p.name == "CATEGORIES"_L1 && !p.items().isEmpty()) {
            if (!out.sources.contains(u"tags"_s))
                out.sources.insert(u"tags"_s, { p.line, p.name });
            c.tags << p.items();
        } else if (p.name == "BDAY"_L1 && !out.sources.contains(u"birthday"_s) && !p.text().trimmed().isEmpty()) {
            if (auto ok = birthday(p, out); !ok)
                return problem(out, card.line, ok.error());
        } else if (p.name == "PHOTO"_L1 && !out.sources.contains(u"photo_png_base64"_s)) {
            photo(p, out);
        }
    }
    QStringList windows1252;
    for (const VCardProperty &p : card.properties) {
        if (p.readAsWindows1252 && !windows1252.contains(p.name))
            windows1252 << p.name;
    }
    if (!windows1252.isEmpty())
        note(card.line,
            VCardImport::tr("the card is not UTF-8 and was read as Windows-1252 (%1)").arg(windows1252.join(u", "_s)));
    std::stable_sort(
        m_cardNotes.begin(), m_cardNotes.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const QString who = c.name.isEmpty() ? VCardImport::tr("a card without a name") : c.name;
    for (const auto &[line, text] : std::as_const(m_cardNotes))
        m_notes << VCardImport::tr("line %1 (%2): %3").arg(QString::number(line), who, text);
    return out;
}

} // namespace rapport::core::io
