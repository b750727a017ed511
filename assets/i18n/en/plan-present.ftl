# presenting part of the plan: the scene editor's choice and the legend
scenes-plan = Plan
scenes-plan-none = None
scenes-plan-hover = Show part of the plan on the network: its people stand out and a legend lists the jobs or the asks
scenes-plan-jobs-of = Jobs of { $coalition }
scenes-plan-asks-toward = Asks toward { $target }
present-plan-jobs-of = Jobs of { $coalition }
present-plan-asks-toward = Asks toward { $target }
present-plan-job-details = { $owner } · { $due } · { $status }
present-plan-ask-details = { $due } · { $status }
present-plan-due = due { $date }
present-plan-no-due = no date
present-plan-no-owner = no owner
present-plan-no-jobs = No jobs yet.
present-plan-no-asks = No asks yet.
