# plan: the jobs board, the job editor, suggestions, asks and the contact log

plan-tab = Plan de acción
plan-heading = Plan de acción
plan-overdue-count = { $count ->
    [one] Una tarea está atrasada
   *[other] { $count } tareas están atrasadas
}
plan-board = Tablero
plan-list = Lista
plan-new-job = Nueva tarea
plan-new-job-hover = Añadir una tarea al plan de acción (un solo paso de deshacer)
plan-export = Exportar
plan-export-hover = Escribir las tareas y gestiones para una hoja de cálculo, o sus vencimientos para un calendario
plan-new-job-title = Nueva tarea
plan-no-jobs = Todavía no hay tareas. Añada una con «Nueva tarea».
plan-status-to-do = Por hacer
plan-status-doing = En curso
plan-status-done = Hecha
plan-card-overdue = atrasada
plan-status-dropped = Descartada
plan-sort-hover = Ordenar por esta columna; pulse de nuevo para invertir
plan-job-heading = Tarea
plan-job-title = Título
plan-job-status = Estado
plan-job-due = Plazo
plan-job-owner = Responsable
plan-job-target = Objetivo
plan-job-coalition = Coalición
plan-job-expertise = Experiencia necesaria
plan-job-contributions = Aportes necesarios
plan-job-notes = Notas
plan-none = Ninguno
plan-bad-due = «{ $text }» no es una fecha: escríbala como 2026-12-31
plan-job-helpers = Apoyo
plan-remove-helper = Quitar a { $name } de la tarea
plan-add-a-helper = Añadir un apoyo
plan-delete-job = Eliminar la tarea
plan-suggested-heading = Las personas más indicadas para la tarea
plan-suggested-none = Nadie en el mapa aporta la experiencia o las contribuciones que pide esta tarea.
plan-points = { $count ->
    [one] 1 punto
   *[other] { $count } puntos
}
plan-is-owner = responsable
plan-make-owner = Nombrar responsable
plan-add-helper = Añadir como apoyo
plan-local-time = Hora local: { $time }
plan-local-time-in = Hora local en { $place }: { $time }
plan-why-expertise = experiencia: { $tags }
plan-why-brings = aporta { $what }
plan-why-commitment = compromiso { $level }
plan-why-member-of = miembro de { $coalition }
plan-why-member = miembro de una coalición
plan-why-route = llega al objetivo en { $steps ->
    [one] un paso
   *[other] { $steps } pasos
} (coste { $cost })
plan-this-ask = Planificar esta gestión
plan-this-ask-hover = Planificar las gestiones a lo largo de esta ruta de influencia, cada actor pidiendo al siguiente (un solo paso de deshacer)
plan-ask-default-what = Llevar nuestra petición hasta { $target }
plan-place = Lugar
plan-time-zone = Zona horaria
plan-bad-time-zone = «{ $zone }» no es una zona horaria; nómbrela como la base de zonas horarias, por ejemplo Europe/Zurich
plan-contacts-heading = Contactos
plan-last-contact = Último contacto: { $how } el { $date } ({ $days ->
    [0] hoy
    [one] ayer
   *[other] hace { $days } días
})
plan-last-contact-with = Último contacto: { $how } el { $date }, con { $with } ({ $days ->
    [0] hoy
    [one] ayer
   *[other] hace { $days } días
})
plan-gone-cold = Relación enfriada: sin contacto desde hace más de lo que el mapa permite
plan-no-contact = Todavía no hay contactos registrados
plan-confidential = confidencial
plan-contact-date-hint = hoy
plan-contact-add-with = Quién participó
plan-contact-remove-with = { $name } no participó
plan-contact-note = Lo que se dijo
plan-log-contact = Registrar el contacto
plan-how-met = Reunión
plan-how-called = Llamada
plan-how-wrote = Escrito
plan-how-briefed = Sesión informativa

# rechazos de las modificaciones del plan de acción
plan-asks-path-too-short = para planificar gestiones a lo largo de un camino hacen falta al menos dos actores
plan-outcome-no-relation = ninguna relación va de «{ $from }» a «{ $to }» para registrar su fuerza
