# escenas y presentación

scene-untitled = Escena sin título
scenes-present-first = Presentar desde la primera escena
scenes-present-first-hover = F5; Esc para salir
scenes-none-yet = Aún no hay escenas. Prepare una vista (encuadre, filtro, enfoque, selección) y añádala como escena. Presentar sin escenas muestra la vista actual.
scenes-choose-one = Elija una escena para editarla.
scenes-row-hover = Mostrar esta escena; arrástrela sobre otra para moverla allí
scenes-title = Título
scenes-title-field = Título de la escena
scenes-caption = Pie
scenes-view = Vista
scenes-update = Actualizar desde la vista actual
scenes-update-hover = Guardar en esta escena la vista, el encuadre, el filtro, el enfoque y la selección del editor
scenes-present-here = Presentar desde aquí
scenes-move-up = Subir
scenes-move-down = Bajar
scenes-duplicate = Duplicar
scenes-copy-title = { $title } (copia)
scenes-delete = Eliminar la escena
scenes-camera-zoom = Encuadre: zoom { $percent } %
scenes-camera-whole-map = Encuadre: todo el mapa
scenes-filtered = { $rest ->
        [hidden] Filtrada (el resto oculto)
       *[faint] Filtrada (el resto atenuado)
    }
scenes-focus = { $hops ->
        [one] Enfoque: { $name }, a { $hops } paso
       *[other] Enfoque: { $name }, hasta { $hops } pasos
    }
scenes-picked-out = Resaltado: { $named ->
        [0] { $relations ->
            [one] { $relations } relación
           *[other] { $relations } relaciones
        }
       *[other] { $names }{ $relations ->
            [0] {""}
            [one] ; { $relations } relación
           *[other] ; { $relations } relaciones
        }
    }
scenes-coalition-ringed = Coalición rodeada: { $name }

present-go-to = Ir a { $number }…
present-live-focus = Quién está conectado con { $name }; haga clic en un espacio vacío para volver a la escena
