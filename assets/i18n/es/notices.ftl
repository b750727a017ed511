# notices: lo que dice la barra de estado tras una orden

files-no-file-dialog = No se pudo mostrar ningún diálogo de archivos (este escritorio no tiene portal de selección de archivos ni zenity): escriba la ruta
files-saved = Guardado { $path }
files-saved-too-big = Guardado { $path }, pero Powermap no podrá volver a abrirlo tal cual: { $problem }. Acorte o divida el mapa y guárdelo de nuevo.
files-opened = Abierto { $path }
files-opened-unsaved = Abierto «{ $name }»: guárdelo para conservarlo
files-could-not-open = No se pudo abrir { $path }: { $error }
files-open-stopped = No se pudo abrir { $path }: la lectura se detuvo inesperadamente
files-to-merge = combinar otra versión
files-merge-failed = No se pudo hacer la combinación: { $error }
files-saved-share-copy = Copia para compartir guardada en { $path }
files-exported-graphml = Exportado para yEd y Gephi en { $path }
files-exported-spreadsheet = Actores exportados a { $path } y relaciones a { $relations }
files-exported-picture = Imagen de la vista «{ $view }» exportada a { $path }
files-exported-plan = { $jobs ->
        [one] { $jobs } tarea exportada
       *[other] { $jobs } tareas exportadas
    } a { $path } y { $asks ->
        [one] { $asks } gestión
       *[other] { $asks } gestiones
    } a { $asks-path }
files-exported-due-dates = { $count ->
        [one] { $count } vencimiento de las tareas y gestiones abiertas exportado
       *[other] { $count } vencimientos de las tareas y gestiones abiertas exportados
    } a { $path }
files-exported-scenes = { $count ->
        [one] { $count } escena exportada como imagen a { $path }
       *[other] { $count } escenas exportadas como imágenes a { $path }
    }
start-no-folder = no existe la carpeta { $path }

editing-to-change-the-map = modificar el mapa
editing-to-undo = deshacer
editing-to-redo = rehacer
editing-change-failed = No se pudo hacer ese cambio: { $error }
editing-looking-back = Está viendo el mapa tal como era el { $day }: vuelva a hoy para { $what }
editing-checkpoint-marked = Hito «{ $name }» marcado el { $day }
editing-checkpoint-failed = No se marcó ningún hito: { $error }
editing-undid = Deshecho: { $step }
editing-redid = Rehecho: { $step }
editing-nothing-to-undo = Nada que deshacer
editing-nothing-to-redo = Nada que rehacer
editing-could-not-undo = No se pudo deshacer: { $error }
editing-could-not-redo = No se pudo rehacer: { $error }
editing-still-arranging = Todavía se está ordenando el mapa
editing-nothing-to-arrange = Nada que ordenar
editing-arranging = Ordenando el mapa…
editing-arrange-failed = La ordenación se detuvo inesperadamente; el mapa no cambió
editing-arrange-outdated = El mapa cambió mientras se ordenaba: vuelva a ordenarlo
editing-arranged = Mapa ordenado

run-recover-unsaved-first = Guarde o deshaga sus cambios antes de recuperar otro mapa
run-recovered = «{ $title }» recuperado: guárdelo para conservarlo
run-opening-cancelled = Apertura cancelada
run-no-picture-of-table = Las imágenes son de la red, la matriz y el espectro: muestre una de esas vistas (Ctrl+1, Ctrl+2, Ctrl+3) y luego exporte
run-rename-select-one = Seleccione un solo actor para cambiarle el nombre
run-connect-drag = Arrastre de un actor a otro para conectarlos
run-no-scenes-to-export = Este mapa aún no tiene escenas: muestre lo que debe mostrar una escena y luego Presentar → Añadir escena desde la vista actual (Ctrl+M)
run-focus-several-selected = Hay varios seleccionados: seleccione un solo actor para enfocar su entorno
run-focus-select-one = Seleccione un actor para enfocar su entorno
run-example-unsaved-first = Guarde o deshaga sus cambios antes de abrir un ejemplo
run-example-unreadable = No se pudo leer el ejemplo: { $error }

clipboard-select-first = Seleccione actores para copiarlos
clipboard-copied = { $count ->
        [one] { $count } actor copiado
       *[other] { $count } actores copiados
    }
clipboard-nothing-copied = Copie primero actores, o pulse Ctrl+V para pegar desde otra ventana
clipboard-pasted = { $count ->
        [one] { $count } actor pegado
       *[other] { $count } actores pegados
    }
clipboard-nothing-pasted = No se pegó nada: { $error }

find-label = Buscar
find-hint = Un nombre o una etiqueta, y luego Intro
find-matches = { $count ->
        [0] Ningún resultado
        [one] { $count } resultado
       *[other] { $count } resultados
    }
find-close = Cerrar

presenting-new-scene = Escena { $number }
presenting-scene-added = «{ $title }» añadida; póngale un título y un pie en Escenas
