# panels

outline-heading = Actores

outline-search-hint = Buscar nombres y etiquetas

outline-empty = Todavía no hay actores

outline-no-match = Sin resultados

legend-heading = Leyenda

legend-empty = El mapa está vacío.

legend-mutual = Mutua

legend-uncertain = Incierta

legend-size-brokerage = Tamaño: intermediación. Grosor de la línea: fuerza.

legend-size-power = Tamaño: poder. Grosor de la línea: fuerza.

legend-member-of = Miembro de { $coalition }

legend-filtered-hidden = Excluidos por el filtro: ocultos

legend-filtered-faint = Excluidos por el filtro: atenuados

inspector-heading = Inspector

inspector-nothing-selected = Seleccione un actor o una relación para ver y editar sus campos.

inspector-how-to-add = Haga doble clic en el lienzo o pulse N para añadir un actor.

inspector-list-hover = Sepárelas con comas. Powermap las ordena alfabéticamente, sin repetir ninguna.

inspector-pinned = No se mueve al ordenar

inspector-confidential-hover = Se omiten en las copias para compartir

inspector-relations-and-id = { $count ->
        [one] 1 relación
       *[other] { $count } relaciones
    } · identificador { $id }

inspector-in-coalitions = En { $coalitions }

inspector-group-selected = { $count } actores seleccionados

inspector-group-hint = Un campo definido aquí se aplica a todas.

inspector-relation-from = De { $name }

inspector-relation-to = a { $name }

inspector-relation-other = Otro…

inspector-relation-other-name = Otro

inspector-relation-named = Nombre

inspector-relation-kind-name = Nombre del tipo de relación

inspector-direction = Sentido

inspector-reverse = Invertir

inspector-relation-id = identificador { $id }

inspector-mixed = Varios

inspector-score-of-five = { $field } { $score } de 5

filter-legend = Leyenda

filter-legend-hover = Mostrar u ocultar la leyenda (L)

filter-heading = Filtro

filter-text-hint = Nombre, etiqueta o nota

filter-coalition = Coalición

filter-tag = Etiqueta

filter-clear = Quitar el filtro

filter-hide = Ocultar lo excluido

filter-hide-hover = Ocultar lo que el filtro excluye en lugar de atenuarlo (Ctrl+H)

filter-focus-on = Foco en { $name }

filter-hops = { $count ->
        [one] 1 salto
       *[other] { $count } saltos
    }

filter-leave-focus = Salir del foco

filter-leave-focus-hover = Esc

filter-focus-selected = Foco en la selección

filter-focus-selected-hover = Mostrar solo el entorno del actor seleccionado (Ctrl+Mayús+F)

filter-menu-title = { $name }: { $value }

filter-any-value = todos

filter-any = Todos

view-network = Red

view-grid = Matriz poder/interés

view-spectrum = Espectro de aliados

view-table = Tabla

status-counts = { $stakeholders ->
        [one] 1 actor
       *[other] { $stakeholders } actores
    } · { $relations ->
        [one] 1 relación
       *[other] { $relations } relaciones
    } · { $coalitions ->
        [one] 1 coalición
       *[other] { $coalitions } coaliciones
    }

status-filtered-hidden = { $count ->
        [one] 1 oculta por el filtro
       *[other] { $count } ocultas por el filtro
    }

status-filtered-dimmed = { $count ->
        [one] 1 atenuada por el filtro
       *[other] { $count } atenuadas por el filtro
    }

status-zoom = Zoom { $percent } %
status-following = Siguiendo a { $name }
status-following-hint = Haga clic para dejar de seguir
status-live-people = { $count ->
    [one] Una persona conectada
   *[other] { $count } personas conectadas
}
status-live-people-hint = Abrir la sesión en directo: quién está conectado, seguir a alguien

status-nothing-selected = Nada seleccionado

status-selected-count = { $count ->
        [one] 1 elemento seleccionado
       *[other] { $count } elementos seleccionados
    }

status-selected-one = Selección: { $name }

status-relation-selected = 1 relación seleccionada

status-selected-relation = Selección: { $from } { $kind } { $to }

status-unsaved = Cambios sin guardar

status-saved = Guardado

status-no-file = Aún no se ha guardado en un archivo
