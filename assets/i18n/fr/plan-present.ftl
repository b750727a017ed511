# presenting part of the plan: the scene editor's choice and the legend
scenes-plan = Plan d'action
scenes-plan-none = Aucun
scenes-plan-hover = Montrer une partie du plan d'action sur le réseau : ses acteurs ressortent et une légende liste les tâches ou les démarches
scenes-plan-jobs-of = Tâches pour { $coalition }
scenes-plan-asks-toward = Démarches auprès de { $target }
present-plan-jobs-of = Tâches pour { $coalition }
present-plan-asks-toward = Démarches auprès de { $target }
present-plan-job-details = { $owner } · { $due } · { $status }
present-plan-ask-details = { $due } · { $status }
present-plan-due = pour le { $date }
present-plan-no-due = sans échéance
present-plan-no-owner = sans responsable
present-plan-no-jobs = Aucune tâche pour l'instant.
present-plan-no-asks = Aucune démarche pour l'instant.
