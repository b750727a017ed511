# presenting part of the plan: the scene editor's choice and the legend
scenes-plan = Plan de acción
scenes-plan-none = Ninguno
scenes-plan-hover = Mostrar parte del plan de acción en la red: sus actores resaltan y una leyenda enumera las tareas o las gestiones
scenes-plan-jobs-of = Tareas de { $coalition }
scenes-plan-asks-toward = Gestiones ante { $target }
present-plan-jobs-of = Tareas de { $coalition }
present-plan-asks-toward = Gestiones ante { $target }
present-plan-job-details = { $owner } · { $due } · { $status }
present-plan-ask-details = { $due } · { $status }
present-plan-due = para el { $date }
present-plan-no-due = sin fecha
present-plan-no-owner = sin responsable
present-plan-no-jobs = Aún no hay tareas.
present-plan-no-asks = Aún no hay gestiones.
