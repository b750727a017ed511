# la línea de órdenes

cli-stakeholders-and-relations = { $stakeholders ->
        [one] { $stakeholders } actor
       *[other] { $stakeholders } actores
    }, { $relations ->
        [one] { $relations } relación
       *[other] { $relations } relaciones
    }
cli-too-big = { $path }: no se escribió, porque Powermap no podría abrirlo: { $problem }. Divida el mapa en mapas más pequeños
cli-check-ok = { $path }: correcto ({ $contents }, { $coalitions ->
        [one] { $coalitions } coalición
       *[other] { $coalitions } coaliciones
    })
cli-check-invalid = { $path }: no válido
cli-fmt-canonical = canónico
cli-fmt-rewritten = reescrito
cli-fmt-not-canonical = no canónico
cli-export-formats = Powermap exporta a .csv (actores y relaciones), .graphml (yEd, Gephi), .ron (un archivo de mapa; con --share, una copia para compartir), .png o .svg (una imagen); nombre la salida en consecuencia
cli-picture-options-only = --view, --scene, --width, --height, --theme, --no-legend, --at y --compare son para imágenes; nombre la salida NOMBRE.png o NOMBRE.svg
cli-exported-picture = { $count ->
        [one] { $path }: { $view } de { $count } actor{ $days }, { $width }×{ $height } píxeles
       *[other] { $path }: { $view } de { $count } actores{ $days }, { $width }×{ $height } píxeles
    }
cli-exported-scene = { $path }: escena { $number } de { $count }, «{ $title }», { $width }×{ $height } píxeles
cli-share-no-notes = No hay notas confidenciales que omitir.
cli-share-left-out-notes = Se omitieron las notas confidenciales de: { $names }
cli-share-renamed = «{ $name }» pasa a llamarse «{ $replacement }»
cli-share-left-out-sources = { $count ->
        [one] Se omitió { $count } fuente confidencial de valores registrados (los valores se mantienen)
       *[other] Se omitieron { $count } fuentes confidenciales de valores registrados (los valores se mantienen)
    }
cli-share-left-out-contacts = { $count ->
        [one] Se omitió { $count } contacto confidencial del registro
       *[other] Se omitieron { $count } contactos confidenciales del registro
    }
cli-import-graphml-relations = un archivo GraphML contiene sus propias relaciones; nombre solo el archivo .graphml
cli-import-exists = { $path }: ya existe; nombre un archivo nuevo para el mapa importado
cli-import-unknown-columns = columnas omitidas (Powermap no tiene ese campo): { $columns }
cli-import-read-as = leído de otro modo: { $said }
cli-import-rows-rejected = { $count ->
        [one] { $count } fila no se pudo leer; no se escribió nada. Corríjala, o vuelva a ejecutar con --accept-partial para importar las demás.
       *[other] { $count } filas no se pudieron leer; no se escribió nada. Corríjalas, o vuelva a ejecutar con --accept-partial para importar las demás.
    }
cli-import-items-left-out = { $count ->
        [one] { $count } elemento no se pudo leer; no se escribió nada. Corrija el archivo, o vuelva a ejecutar con --accept-partial para importar el resto.
       *[other] { $count } elementos no se pudieron leer; no se escribió nada. Corrija el archivo, o vuelva a ejecutar con --accept-partial para importar el resto.
    }
cli-diff-same = Los mapas son idénticos.
cli-merge-not-written = no se pudo escribir el mapa combinado
cli-merged = Combinados { $ours } y { $theirs } (ancestro común { $base }) en { $output }.
cli-version-base = la versión del ancestro común
cli-version-ours = la versión de esta rama
cli-version-theirs = la versión de la otra rama
cli-version-unreadable = { $version } no se puede leer: { $reason }
cli-until-before-since = --until { $until } es anterior a --since { $since }; el cambio se mide hacia delante en el tiempo
cli-no-such-file-or-command = no existe ese archivo ni esa orden (véase `powermap --help`)
cli-view-table = la tabla no tiene imagen; elija network, grid o spectrum (o exporte la tabla con -o NOMBRE.csv)
cli-view-choose = elija network, grid o spectrum
cli-scene-number = indique el número de la escena tal como la presentación las cuenta, desde 1
cli-pixels = indique un número entero de píxeles de { $min } a { $max }

## los días dados en la línea de órdenes
cli-day-format = { $problem }; indique un día como AAAA-MM-DD
cli-compare-format = indique los dos días como DESDE..HASTA, por ejemplo 2026-01-15..2026-06-15, o DESDE.. para ir de DESDE a hoy
cli-compare-order = { $to } no es posterior a { $from }; el día de referencia va primero: { $to }..{ $from }

## powermap serve y powermap sync
cli-live-server-name = { $title } (servidor)
cli-live-serving = Sesión en vivo de «{ $title }» en el puerto { $port } con el código { $code }
cli-live-relaying = Sesión en vivo de «{ $title }» en el servidor de sincronización { $address } con el código { $code }
cli-live-not-taken = el servidor de sincronización en { $address } no aceptó el mapa en { $seconds } segundos
cli-live-bad-address = «{ $text }» no es una dirección como 192.168.1.20:7878 ({ $problem })
cli-live-no-address = «{ $text }» no designa ninguna dirección
cli-live-incomplete = la sesión en { $address } no envió el mapa completo en { $seconds } segundos; no se escribió nada
cli-live-stalled = la sesión en { $address } no envió nada más durante { $seconds } segundos antes de que llegara el mapa completo; no se escribió nada
cli-live-wrote = Se escribió { $path } ({ $counts }) desde la sesión en { $address }

## powermap plan
cli-could-not-write = no se pudo escribir «{ $path }»
cli-plan-wrote-ics = { $path }: { $count ->
        [one] { $count } vencimiento
       *[other] { $count } vencimientos
    } de las tareas y gestiones abiertas
cli-plan-wrote-csv = { $jobs-path }: { $jobs ->
        [one] { $jobs } tarea
       *[other] { $jobs } tareas
    }
    { $asks-path }: { $asks ->
        [one] { $asks } gestión
       *[other] { $asks } gestiones
    }
cli-plan-output-needs-format = -o { $path } necesita --ics (los vencimientos) o --csv (las tareas y gestiones)
cli-plan-output-is-map = -o { $path } es el propio mapa; elija otro archivo

# un error y su causa; un archivo y lo que se le hizo
cli-error-cause = { $error }: { $cause }
cli-path-said = { $path }: { $said }
# what a command wrote, after the file it wrote
cli-wrote = { $path }: { $what }
