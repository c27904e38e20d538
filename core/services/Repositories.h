#pragma once

#include "storage/ColleagueRepository.h"
#include "storage/CommitmentRepository.h"
#include "storage/FactRepository.h"
#include "storage/GratitudeRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/ReflectionRepository.h"
#include "storage/ReminderStateRepository.h"

namespace rapport::core {

// Every repository of one open journal.
struct Repositories
{
    explicit Repositories(Database &database)
        : db(database), colleagues(database), interactions(database), gratitude(database), commitments(database),
          facts(database), reflections(database), reminders(database)
    {
    }

    Database &db;
    storage::ColleagueRepository colleagues;
    storage::InteractionRepository interactions;
    storage::GratitudeRepository gratitude;
    storage::CommitmentRepository commitments;
    storage::FactRepository facts;
    storage::ReflectionRepository reflections;
    storage::ReminderStateRepository reminders;
};

} // namespace rapport::core
