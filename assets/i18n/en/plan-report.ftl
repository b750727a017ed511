# powermap plan, and the plan's part of the analysis report
plan-report-title = Plan of { $title }
plan-report-title-on = Plan of { $title } on { $day }
plan-report-jobs = Jobs ({ $count })
plan-report-no-jobs = The map has no jobs yet.
plan-report-due = due { $day }
plan-report-overdue = (overdue)
plan-report-owner = owner { $name }
plan-report-for = for { $name }
plan-report-toward = toward { $name }
plan-report-needs = needs { $list }
plan-report-suggested = suggested { $rank }: { $line }
plan-report-nobody = nobody on the map brings what it needs
plan-report-suggestion = { $name }, { $points }: { $reasons }
plan-report-overdue-job = { $title }: { $details }
plan-report-points = { $count ->
        [one] { $count } point
       *[other] { $count } points
    }
plan-report-local-time = local time { $time }
plan-report-local-time-in = local time in { $place } { $time }
plan-report-brings = brings { $list }
plan-report-commitment = commitment { $level }
plan-report-member-of = member of { $name }
plan-report-member = member of a coalition
plan-report-route = reaches the target in { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    } (cost { $cost })
plan-report-overdue-jobs = Overdue jobs ({ $count })
plan-report-none = None.
plan-report-no-owner = no owner
plan-report-open-asks = Open asks ({ $count })
plan-report-by = by { $day }
plan-report-cold = Relations gone cold ({ $count }; no contact in { $days ->
        [one] { $days } day
       *[other] { $days } days
    })
plan-report-cold-line = { $from } → { $to } ({ $kind }): last contact { $day }, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago
plan-report-uncontacted = Targets nobody has contacted ({ $count })
