# powermap plan, y la parte del informe de análisis dedicada al plan de acción
plan-report-title = Plan de acción de { $title }
plan-report-title-on = Plan de acción de { $title } al { $day }
plan-report-jobs = Tareas ({ $count })
plan-report-no-jobs = El mapa aún no tiene tareas.
plan-report-due = vence el { $day }
plan-report-overdue = (atrasada)
plan-report-owner = responsable: { $name }
plan-report-for = para { $name }
plan-report-toward = ante { $name }
plan-report-needs = hace falta: { $list }
plan-report-suggested = sugerencia { $rank }: { $line }
plan-report-nobody = nadie en el mapa aporta lo que hace falta
plan-report-suggestion = { $name }, { $points }: { $reasons }
plan-report-overdue-job = { $title }: { $details }
plan-report-points = { $count ->
        [one] { $count } punto
       *[other] { $count } puntos
    }
plan-report-local-time = hora local { $time }
plan-report-local-time-in = hora local en { $place } { $time }
plan-report-brings = aporta: { $list }
plan-report-commitment = compromiso { $level }
plan-report-member-of = miembro de { $name }
plan-report-member = miembro de una coalición
plan-report-route = llega al objetivo en { $steps ->
        [one] { $steps } paso
       *[other] { $steps } pasos
    } (costo { $cost })
plan-report-overdue-jobs = Tareas atrasadas ({ $count })
plan-report-none = Ninguna.
plan-report-no-owner = sin responsable
plan-report-open-asks = Gestiones abiertas ({ $count })
plan-report-by = para el { $day }
plan-report-cold = Relaciones enfriadas ({ $count }; sin contacto en { $days ->
        [one] { $days } día
       *[other] { $days } días
    })
plan-report-cold-line = { $from } → { $to } ({ $kind }): último contacto el { $day }, hace { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
plan-report-uncontacted = Objetivos que nadie ha contactado ({ $count })
