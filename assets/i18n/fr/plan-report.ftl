# powermap plan, et la partie du rapport d'analyse consacrée au plan d'action
plan-report-title = Plan d'action de { $title }
plan-report-title-on = Plan d'action de { $title } au { $day }
plan-report-jobs = Tâches ({ $count })
plan-report-no-jobs = La carte n'a pas encore de tâches.
plan-report-due = échéance le { $day }
plan-report-overdue = (en retard)
plan-report-owner = responsable : { $name }
plan-report-for = pour { $name }
plan-report-toward = auprès de { $name }
plan-report-needs = il faut : { $list }
plan-report-suggested = suggestion { $rank } : { $line }
plan-report-nobody = personne sur la carte n'apporte ce qu'il faut
plan-report-suggestion = { $name }, { $points } : { $reasons }
plan-report-overdue-job = { $title } : { $details }
plan-report-points = { $count ->
        [one] { $count } point
       *[other] { $count } points
    }
plan-report-local-time = heure locale { $time }
plan-report-local-time-in = heure locale à { $place } { $time }
plan-report-brings = apporte : { $list }
plan-report-commitment = engagement { $level }
plan-report-member-of = membre de { $name }
plan-report-member = membre d'une coalition
plan-report-route = atteint la cible en { $steps ->
        [one] { $steps } étape
       *[other] { $steps } étapes
    } (coût { $cost })
plan-report-overdue-jobs = Tâches en retard ({ $count })
plan-report-none = Aucune.
plan-report-no-owner = sans responsable
plan-report-open-asks = Démarches en cours ({ $count })
plan-report-by = d'ici le { $day }
plan-report-cold = Relations refroidies ({ $count } ; aucun contact depuis { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    })
plan-report-cold-line = { $from } → { $to } ({ $kind }) : dernier contact le { $day }, il y a { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
plan-report-uncontacted = Cibles que personne n'a contactées ({ $count })
