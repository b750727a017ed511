# las palabras de los pasos de deshacer del plan, como las dicen el menú Edición y la barra de estado

step-add-job = añadir la tarea «{ $name }»
step-move-job = pasar la tarea «{ $name }» a «{ $status }»
step-edit-job = editar la tarea «{ $name }»
step-delete-job = eliminar la tarea «{ $name }»
step-plan-ask = planificar la petición «{ $name }»
step-edit-ask = editar la petición «{ $name }»
step-delete-ask = eliminar la petición «{ $name }»
step-log-contact = registrar un contacto ({ $how }) el { $day }
step-edit-contact = editar el contacto
step-delete-contact = eliminar el contacto
step-cold-after = { $days ->
        [one] las relaciones se enfrían tras 1 día
       *[other] las relaciones se enfrían tras { $days } días
    }
step-change-plan = cambiar el plan
