#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <span>

namespace rapport::core {

// Every enum below has stable lowercase keys (DESIGN.md section 1). Keys are what the
// journal, the JSON format and the command line use; they never change. Labels are
// translated and may change freely.

enum class InteractionKind {
    Coffee, Touchbase, Meal, Greeting, Collaboration, HelpGiven, HelpReceived,
    FeedbackGiven, FeedbackReceived, SharedInfo, AskedOpinion, Celebration,
    Introduction, Tension, Other
};
enum class Channel { InPerson, Video, Call, Chat, Email };
enum class InitiatedBy { Me, Them };
enum class WorkMode { Office, Hybrid, Remote };
enum class PreferredChannel { Email, Chat, Call, Video, InPerson, Any };
enum class BestTime { Morning, Afternoon, Any };
enum class GratitudeDirection { Given, Received };
enum class GratitudeWhere { Private, Public };
enum class CommitmentDirection { Mine, Theirs };
enum class CommitmentStatus { Open, Done, Dropped };

template<typename E>
struct EnumKeys; // specialised below: static constexpr std::array keys

#define RAPPORT_ENUM_KEYS(Enum, ...)                                                       \
    template<>                                                                             \
    struct EnumKeys<Enum>                                                                  \
    {                                                                                      \
        static constexpr auto keys = std::to_array<const char *>({__VA_ARGS__});          \
    };

RAPPORT_ENUM_KEYS(InteractionKind, "coffee", "touchbase", "meal", "greeting", "collaboration",
                  "help_given", "help_received", "feedback_given", "feedback_received",
                  "shared_info", "asked_opinion", "celebration", "introduction", "tension",
                  "other")
RAPPORT_ENUM_KEYS(Channel, "in_person", "video", "call", "chat", "email")
RAPPORT_ENUM_KEYS(InitiatedBy, "me", "them")
RAPPORT_ENUM_KEYS(WorkMode, "office", "hybrid", "remote")
RAPPORT_ENUM_KEYS(PreferredChannel, "email", "chat", "call", "video", "in_person", "any")
RAPPORT_ENUM_KEYS(BestTime, "morning", "afternoon", "any")
RAPPORT_ENUM_KEYS(GratitudeDirection, "given", "received")
RAPPORT_ENUM_KEYS(GratitudeWhere, "private", "public")
RAPPORT_ENUM_KEYS(CommitmentDirection, "mine", "theirs")
RAPPORT_ENUM_KEYS(CommitmentStatus, "open", "done", "dropped")

#undef RAPPORT_ENUM_KEYS

inline constexpr int kInteractionKindCount = static_cast<int>(EnumKeys<InteractionKind>::keys.size());

template<typename E>
constexpr int enumCount()
{
    return static_cast<int>(EnumKeys<E>::keys.size());
}

template<typename E>
QString keyOf(E value)
{
    return QString::fromLatin1(EnumKeys<E>::keys[static_cast<std::size_t>(value)]);
}

template<typename E>
std::optional<E> enumFromKey(QStringView key)
{
    const auto &keys = EnumKeys<E>::keys;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (key == QLatin1String(keys[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

// All keys of E joined with ", ", for error messages that list what is allowed.
template<typename E>
QString allKeys()
{
    QString out;
    for (const char *key : EnumKeys<E>::keys) {
        if (!out.isEmpty())
            out += QStringLiteral(", ");
        out += QLatin1String(key);
    }
    return out;
}

// Translated, human-readable labels.
QString label(InteractionKind kind);
QString label(Channel channel);

} // namespace rapport::core
