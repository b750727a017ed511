# problemas encontrados en los archivos: abrir un mapa, importar CSV y GraphML, fusionar

## abrir un archivo de mapa
load-problem-at-line = línea { $line }: { $message }
load-problems = { $count ->
        [one] el mapa tiene un problema: { $list }
       *[other] el mapa tiene { $count } problemas: { $list }
    }
load-problems-more = { $list }; y { $more } más
load-cannot-read = no se puede leer «{ $path }»: { $reason }
load-reason-not-found = ese archivo no existe ({ $system })
load-reason-denied = Powermap no tiene permiso para leerlo ({ $system })
load-reason-folder = es una carpeta, no un archivo ({ $system })
load-too-large = el archivo ocupa { $megabytes } MB; Powermap abre archivos de mapa de hasta { $most } MB
load-not-text = no es un archivo de texto: el byte { $offset } no es texto UTF-8
load-syntax = línea { $line }, columna { $column }: { $message }
load-not-powermap = no es un mapa de Powermap: { $reason }
load-newer-version = este mapa se guardó en la versión { $found } del formato con un Powermap más reciente; este lee versiones hasta la { $newest }. Actualice Powermap para abrirlo
load-migration = este mapa usa la versión { $found } del formato, que no se puede actualizar: { $reason }
load-no-migration = esta versión de Powermap no lee la versión { $version } del formato; lee de la versión { $oldest } a la { $newest }

load-item = { $noun ->
        [stakeholder] actor
        [relation] relación
        [coalition] coalición
        [scene] escena
        [job] tarea
        [ask] petición
        [contact] contacto
        [checkpoint] hito
        [member] miembro
        [item] elemento
       *[other] { $noun }
    } «{ $name }»
load-item-problem = { $item }: { $problem }

## rechazos de las reglas del mapa
model-duplicate-id = ya hay un elemento con el identificador «{ $id }» en este mapa
model-unknown-stakeholder = ningún actor tiene el identificador «{ $id }»
model-unknown-relation = ninguna relación tiene el identificador «{ $id }»
model-unknown-coalition = ninguna coalición tiene el identificador «{ $id }»
model-unknown-scene = ninguna escena tiene el identificador «{ $id }»
model-empty-id = un identificador no puede estar vacío

## valores de celdas y atributos
value-not-one-of = { $name } «{ $text }» no es uno de: { $known }
value-not-score = { $name } «{ $text }» no es un número entero del 1 al 5
value-not-strength = { $name } «{ $text }» no es 1, 2 o 3 (ni weak, medium, strong)
value-not-flag = { $name } «{ $text }» no es yes ni no (ni true ni false)
value-not-mutual = { $name } «{ $text }» no es yes ni no (ni directed, mutual o undirected)
value-not-number = { $name } «{ $text }» no es un número

## importación CSV
csv-file = { $file ->
        [stakeholders] de actores
       *[relations] de relaciones
    }
csv-rejected = archivo { $file }, línea { $line }: { $reason }
csv-not-csv = la fila no es CSV válido ({ $reason })
csv-cell-too-long = la celda { $column } supera { $most } MB
csv-cell-over-lines = la celda { $column } ocupa { $lines } líneas (hasta la línea { $last }); { $what ->
        [name] un nombre
        [end] el Id o el Label de un actor
        [kind] un tipo
       *[value] un valor
    } ocupa una sola línea, así que probablemente hay unas comillas mal puestas
csv-no-name = la celda Label está vacía: cada actor necesita un nombre
csv-duplicate-id = el Id «{ $id }» ya se usa en la línea { $first }
csv-no-end = la celda { $column } está vacía
csv-unknown-end = { $column } «{ $text }» no es ni el Id ni el Label de ningún actor del archivo de actores
csv-same-ends = From y To son el mismo actor
csv-too-large = el archivo { $file } ocupa { $megabytes } MB; Powermap lee archivos CSV de hasta { $most } MB
csv-too-many-rows = el archivo { $file } tiene más de { $most } filas; Powermap lee hasta { $most }
csv-missing-column = el archivo { $file } no tiene la columna «{ $column }» (su primera línea nombra las columnas: { $found })
csv-unreadable = el archivo { $file } no se puede leer como CSV: { $message }

## fusión de dos versiones de un mapa
merge-field-values = { $field }: esta versión tiene { $ours }, la otra versión { $theirs }, el ancestro común { $base }; se conserva el valor de esta versión
merge-field-private = { $field } difiere entre las dos versiones (vea las notas confidenciales); se conserva el valor de esta versión
merge-deleted-changed = { $by ->
        [ours] esta versión lo eliminó, la otra versión cambió { $changed }; se conserva como lo tiene la otra versión, sin las relaciones ni las membresías eliminadas con él
       *[theirs] la otra versión lo eliminó, esta versión cambió { $changed }; se conserva como lo tiene esta versión, sin las relaciones ni las membresías eliminadas con él
    }
merge-deleted-needed = { $by ->
        [ours] esta versión lo eliminó, pero { $needed } de la otra versión lo necesita; se conserva como lo tiene la otra versión
       *[theirs] la otra versión lo eliminó, pero { $needed } de esta versión lo necesita; se conserva como lo tiene esta versión
    }
merge-deleted-recorded = { $by ->
        [ours] esta versión lo eliminó, la otra versión registró nuevas observaciones sobre él ({ $records }); se conserva como lo tiene la otra versión, con su historial
       *[theirs] la otra versión lo eliminó, esta versión registró nuevas observaciones sobre él ({ $records }); se conserva como lo tiene esta versión, con su historial
    }
merge-map-line = ajustes del mapa, { $what }
merge-item-line = { $noun ->
        [stakeholder] actor
        [relation] relación
        [coalition] coalición
        [scene] escena
        [job] tarea
        [ask] petición
        [contact] contacto
       *[other] { $noun }
    } «{ $name }» ({ $id }): { $what }
merge-nothing-taken = Nada que tomar de la otra versión.
merge-taken = De la otra versión:
merge-text-renumbered = Ambas versiones añadieron un elemento nuevo como { $from }: { $noun ->
        [stakeholder] el actor
        [relation] la relación
        [coalition] la coalición
        [scene] la escena
        [job] la tarea
        [ask] la petición
        [contact] el contacto
       *[other] { $noun }
    } «{ $name }» de la otra versión es ahora { $to }.
merge-conflicts = { $count ->
        [one] 1 conflicto, escrito en el mapa; los actores afectados llevan la etiqueta { $tag }:
       *[other] { $count } conflictos, cada uno escrito en el mapa; los actores afectados llevan la etiqueta { $tag }:
    }

## importación GraphML
graphml-too-large = el archivo ocupa { $megabytes } MB; Powermap lee archivos GraphML de hasta { $most } MB
graphml-not-graphml = no es un archivo GraphML: { $reason }
graphml-too-many-items = el archivo contiene más de { $most } nodos y aristas; Powermap lee hasta { $most }
graphml-report-left-out = omitido: { $entry }
graphml-report-left-out-more = omitido: y { $count } más
graphml-report-note = nota: { $entry }
graphml-report-note-more = nota: y { $count } más
