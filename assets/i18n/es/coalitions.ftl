# panel de coaliciones

coalitions-heading = Coaliciones
coalitions-new = Nueva coalición
coalitions-new-hover = { $count ->
        [0] Una nueva coalición; seleccione antes actores para que sean sus miembros
        [one] Una nueva coalición con el actor seleccionado como miembro
       *[other] Una nueva coalición con los { $count } actores seleccionados como miembros
    }
coalitions-default-name = Coalición { $number }
coalitions-none-yet = Aún no hay coaliciones. Seleccione los miembros y luego Nueva coalición.
coalitions-row-hover = Resaltar sus miembros en todas las vistas; vuelva a hacer clic para dejar de hacerlo
coalitions-drop-hint = Suelte sobre una coalición para añadirlo como miembro
coalitions-name = Nombre
coalitions-name-field = Nombre de la coalición
coalitions-objective = Objetivo
coalitions-colour = Color
coalitions-colour-named = Color { $name }
coalitions-delete = Eliminar la coalición
coalitions-delete-hover = Sus miembros siguen en el mapa
coalitions-members = Miembros ({ $count }, { $leads ->
        [one] { $leads } coordinador
       *[other] { $leads } coordinadores
    })
coalitions-no-members = Aún no hay miembros
coalitions-remove = Quitar
coalitions-remove-named = Quitar { $name }
coalitions-lead = Lidera
coalitions-leads-named = { $name } coordina
coalitions-select-named = Seleccionar { $name }
coalitions-add-selected = { $count ->
        [one] Añadir { $count } seleccionado
       *[other] Añadir { $count } seleccionados
    }
coalitions-add-selected-hover = Hacer miembros a los actores seleccionados
coalitions-remove-selected = { $count ->
        [one] Quitar { $count } seleccionado
       *[other] Quitar { $count } seleccionados
    }
coalitions-remove-selected-hover = Sacar de esta coalición a los actores seleccionados

colour-orange = Naranja
colour-bluish-green = Verde azulado
colour-reddish-purple = Púrpura rojizo
colour-blue = Azul
colour-vermillion = Bermellón
colour-sky-blue = Celeste
colour-yellow = Amarillo
