# plan, followed up: the asks in the Plan tab and their outcomes

plan-asks-heading = Gestiones
plan-ask-line = { $from } pide a { $to }: { $what }
plan-ask-open = abierta
plan-ask-done = cumplida
plan-ask-dropped = descartada
plan-ask-edit = Editar la gestión
plan-ask-edit-hover = Cambiar lo que se pide, el plazo y el responsable de la gestión
plan-ask-what = Lo que se pide
plan-record-outcome = Registrar el resultado…
plan-record-outcome-hover = Dar esta gestión por cumplida con su resultado; puede actualizar la relación y la postura como observaciones fechadas
plan-outcome-title = Resultado de la gestión
plan-outcome-date = Cumplida el
plan-outcome-note = Qué se logró
plan-outcome-note-hint = La asesora acepta plantearlo al ministro
plan-outcome-stance = Postura de { $name } ahora
plan-outcome-strength = Relación { $from } → { $to } ahora
plan-outcome-unchanged = Sin cambios
plan-outcome-history-hint = Una nueva postura o intensidad queda en el historial, fechada y con esta gestión como fuente. Un solo paso de deshacer.
plan-outcome-record = Registrar
plan-outcome-cancel = Cancelar

# the map settings: when a relation goes cold
settings-cold-after = Relación enfriada tras (días)
settings-cold-after-hint = 60
settings-cold-after-bad = «{ $text }» no es un número de días entre 1 y { $max }

# the analysis panel: relations gone cold, targets nobody contacted
analysis-cold = Relaciones enfriadas
analysis-cold-subtitle = Las relaciones sin contacto desde hace más de lo que el mapa permite, y los objetivos que nadie ha contactado
cold-threshold = Una relación se enfría tras { $days ->
    [one] un día
   *[other] { $days } días
} sin contacto (Ajustes del mapa).
cold-none = Ninguna relación se ha enfriado.
cold-relation = { $from } → { $to }: { $days } días desde el último contacto ({ $date })
cold-more = { $count ->
    [one] y una más
   *[other] y { $count } más
}
cold-every-target-contacted = Todos los objetivos han sido contactados.
cold-never-contacted = { $count ->
    [one] Un objetivo que nadie ha contactado
   *[other] { $count } objetivos que nadie ha contactado
}

# el calendario de vencimientos (powermap plan --ics): la descripción de cada evento
calendar-job = Tarea ({ $status })
calendar-ask = Gestión
calendar-owner = Responsable: { $name }
calendar-toward = Ante: { $name }

# the filter bar: the contact log
filter-contact = Contacto
filter-contact-cold = Enfriados
filter-contact-never = Nunca contactados
filter-contact-hover = Enfriados: en una relación sin contacto desde hace más de lo que el mapa permite (Ajustes del mapa). Nunca contactados: ningún contacto registrado con ellos, en sus relaciones ni con su participación.

# the table: the day of the last contact
table-column-last-contact = Último contacto
table-never-contacted = nunca
table-last-contact-cold = { $date } (enfriada, { $days } días)
