# table

table-column-coalitions = Coaliciones
table-column-degree = Grado

table-stakeholders-tab = Actores ({ $count })
table-relations-tab = Relaciones ({ $count })

table-selected-hint = { $count ->
        [one] 1 seleccionada: clic derecho en el encabezado de una columna para fijarla en todas
       *[other] { $count } seleccionadas: clic derecho en el encabezado de una columna para fijarla en todas
    }
table-keys-hint = Intro edita, Tab pasa a la siguiente, Esc cancela; Mayús- o Ctrl-clic para varias

table-empty-map = El mapa está vacío. Pulse N en la vista de red para añadir un actor.
table-all-filtered = { $rows ->
        [relations] No hay relaciones que mostrar: el filtro las oculta todas.
       *[stakeholders] No hay actores que mostrar: el filtro los oculta todos.
    }

table-sort-by = Ordenar por { $column }
table-sort-by-or-set = Ordenar por { $column }; clic derecho para fijarlo en las filas seleccionadas

table-set-select-first = { $rows ->
        [relations] Seleccione primero relaciones y luego fije su campo «{ $column }»
       *[stakeholders] Seleccione primero actores y luego fije su campo «{ $column }»
    }
table-set-for-selected = { $rows ->
        [relations] { $count ->
            [one] «{ $column }» para 1 relación seleccionada
           *[other] «{ $column }» para { $count } relaciones seleccionadas
        }
       *[stakeholders] { $count ->
            [one] «{ $column }» para 1 actor seleccionado
           *[other] «{ $column }» para { $count } actores seleccionados
        }
    }

table-add-option = Añadir «{ $option }»
table-remove = Quitar
table-remove-option = Quitar «{ $option }»
table-bulk-items-hint = Elementos que añadir, separados por comas
table-bulk-items = Elementos que añadir
table-bulk-new-text = Texto nuevo
table-bulk-add-to-each = Añadir a cada una
table-bulk-set-for-each = Aplicar a cada una

table-choices-flags-hint = Espacio o un número marca o desmarca; Intro cierra
table-choices-pick-hint = Escriba un número o una letra, o Intro
table-choices-done = Listo

table-cell = Celda { $column }: { $value }
table-of = { $rows ->
        [relations] Tabla de relaciones
       *[stakeholders] Tabla de actores
    }
