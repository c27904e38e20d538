#include "Enums.h"

#include <QCoreApplication>

namespace rapport::core {

QString label(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Coffee: return QCoreApplication::translate("InteractionKind", "Coffee chat");
    case InteractionKind::Touchbase: return QCoreApplication::translate("InteractionKind", "Touchbase");
    case InteractionKind::Meal: return QCoreApplication::translate("InteractionKind", "Meal together");
    case InteractionKind::Greeting: return QCoreApplication::translate("InteractionKind", "Greeting");
    case InteractionKind::Collaboration: return QCoreApplication::translate("InteractionKind", "Collaboration");
    case InteractionKind::HelpGiven: return QCoreApplication::translate("InteractionKind", "Help given");
    case InteractionKind::HelpReceived: return QCoreApplication::translate("InteractionKind", "Help received");
    case InteractionKind::FeedbackGiven: return QCoreApplication::translate("InteractionKind", "Feedback given");
    case InteractionKind::FeedbackReceived: return QCoreApplication::translate("InteractionKind", "Feedback received");
    case InteractionKind::SharedInfo: return QCoreApplication::translate("InteractionKind", "Shared information");
    case InteractionKind::AskedOpinion: return QCoreApplication::translate("InteractionKind", "Asked their opinion");
    case InteractionKind::Celebration: return QCoreApplication::translate("InteractionKind", "Celebration");
    case InteractionKind::Introduction: return QCoreApplication::translate("InteractionKind", "Introduction");
    case InteractionKind::Tension: return QCoreApplication::translate("InteractionKind", "Addressed tension");
    case InteractionKind::Other: return QCoreApplication::translate("InteractionKind", "Other");
    }
    return {};
}

QString label(Channel channel)
{
    switch (channel) {
    case Channel::InPerson: return QCoreApplication::translate("Channel", "In person");
    case Channel::Video: return QCoreApplication::translate("Channel", "Video");
    case Channel::Call: return QCoreApplication::translate("Channel", "Call");
    case Channel::Chat: return QCoreApplication::translate("Channel", "Chat");
    case Channel::Email: return QCoreApplication::translate("Channel", "Email");
    }
    return {};
}

} // namespace rapport::core
