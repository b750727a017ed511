# rechazos de las reglas del mapa, como línea de problema de un archivo o como modificación rechazada

## actores, relaciones, coaliciones y escenas
model-stakeholder-in-use = el actor «{ $id }» aún tiene relaciones, pertenencias a coaliciones, escenas, historial o un lugar en el plan de acción
model-move-not-finite = el actor «{ $id }» no puede ir a una posición que no es un número finito
model-relation-in-scene = la relación «{ $id }» aún se destaca en una escena
model-relation-has-history = la relación «{ $id }» aún tiene un historial registrado
model-relation-has-contacts = la relación «{ $id }» aún tiene contactos registrados
model-coalition-in-scene = la coalición «{ $id }» aún se usa en una escena
model-coalition-has-jobs = la coalición «{ $id }» aún tiene tareas
model-no-scene-place = no hay un lugar { $place } entre { $count } escenas
model-scene-camera = la cámara de la escena «{ $title }» no es un punto finito con un zoom mayor que 0
model-scene-hops = la escena «{ $title }» se centra a { $hops } saltos; deben ser de 1 a { $most }
model-member-twice = el actor «{ $id }» figura dos veces en la coalición «{ $coalition }»
model-score-out-of-range = { $field ->
        [power] el poder
        [interest] el interés
       *[commitment] el compromiso
    } del actor «{ $name }» vale { $score }; debe ir de { $low } a { $high }
model-position-not-finite = la posición del actor «{ $name }» no es un número finito
model-unknown-time-zone = el actor «{ $name }» tiene la zona horaria «{ $zone }», que la base de zonas horarias no conoce; escríbala como región/ciudad, por ejemplo «America/Bogota» o «Europe/Madrid»
model-strength-out-of-range = la fuerza de la relación «{ $id }» vale { $strength }; debe ir de { $low } a { $high }
model-relation-to-itself = la relación «{ $id }» va del actor «{ $from }» a sí mismo
model-custom-kind-unnamed = la relación «{ $id }» tiene un tipo personalizado sin nombre
model-not-a-colour = «{ $text }» no es un color; escríbalo como "#rrggbb", por ejemplo "#1f77b4"
model-scene-days = compara el mapa al { $day } con el { $from }, un día que no es anterior; el día de referencia va primero
model-scene-days-now = compara el mapa de hoy con el { $from }, un día que no es anterior; el día de referencia va primero

## los días
day-shape = «{ $text }» no es una fecha; escríbala como año-mes-día, por ejemplo 2026-03-12
day-year = «{ $text }» no es una fecha: el año debe ir de { $first } a { $last }
day-month = «{ $text }» no es una fecha: no existe el mes { $month }
day-of-month = «{ $text }» no es una fecha: { $month } de { $year } tiene { $days } días

## el historial
history-custom-kind-unnamed = un tipo personalizado necesita un nombre
history-out-of-range = { $name } vale { $score }; debe ir de { $low } a { $high }
history-relation-field-on-stakeholder = el valor «{ $field }» de una relación no se puede registrar para el actor «{ $name }»
history-stakeholder-field-on-relation = el valor «{ $field }» de un actor no se puede registrar para la relación «{ $id }»
history-bad-observation = observación de «{ $of }» el { $date }: { $problem }
history-nothing-recorded = no hay nada registrado de «{ $of }», { $field }, el { $date }
history-checkpoint-unnamed = el hito del { $date } necesita un nombre
history-checkpoint-exists = ya hay un hito «{ $name }» el { $date }
history-no-checkpoint = no hay ningún hito «{ $name }» el { $date }

## el plan de acción
plan-job-untitled = la tarea «{ $id }» necesita un título
plan-ask-empty = la gestión «{ $id }» debe decir qué se pide
plan-ask-itself = en la gestión «{ $id }», el actor «{ $from }» se pide a sí mismo
plan-cold-after-range = una relación se enfría tras { $days } días sin contacto; deben ser de 1 a { $most }
plan-unknown-id = { $what ->
        [job] ninguna tarea tiene
        [ask] ninguna gestión tiene
       *[contact] ningún contacto tiene
    } el identificador «{ $id }»
