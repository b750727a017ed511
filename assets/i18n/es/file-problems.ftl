# problemas de un archivo de mapa: lo que dicen el cargador, la guarda que lo precede y el guardado

## cabe un mapa en un archivo
fits-too-many-items = el mapa contiene { $held } ({ $items } elementos); Powermap abre mapas de hasta { $most } actores, relaciones, coaliciones, miembros y escenas en total
fits-count = { $noun ->
        [stakeholder] { $count ->
            [one] { $written } actor
           *[other] { $written } actores
        }
        [relation] { $count ->
            [one] { $written } relación
           *[other] { $written } relaciones
        }
        [coalition] { $count ->
            [one] { $written } coalición
           *[other] { $written } coaliciones
        }
        [member] { $count ->
            [one] { $written } miembro de coalición
           *[other] { $written } miembros de coalición
        }
       *[scene] { $count ->
            [one] { $written } escena
           *[other] { $written } escenas
        }
    }

## el guardado
save-failed = no se pudo guardar «{ $path }»: { $problem }. El archivo del disco no se modificó
save-no-backup = la versión anterior no se pudo conservar como «{ $name }»: { $problem }
save-disk-full = el disco está lleno
save-read-only = el disco o la carpeta son de solo lectura
save-denied = Powermap no tiene permiso para escribir en esta carpeta
save-no-folder = la carpeta no existe (o ya no existe)

## la cabecera y el historial de un archivo
load-no-header = no tiene la línea de cabecera `format: "{ $format }"`
load-other-format = su cabecera indica el formato «{ $other }», no «{ $format }»
load-no-version = su cabecera no tiene versión de formato (`version: 1`)
load-next-id = next_id vale { $next }; debe valer como mucho { $most }
history-far-future = la fecha { $date } está a más de un año de hoy ({ $today }); un registro no puede tener fecha futura
history-checkpoint-order = con fecha { $date } pero colocado después de uno del { $before }; los hitos van por orden de fecha
history-observation-item = observación del valor «{ $field }» de «{ $of }»
history-twice = el { $date } está registrado dos veces; deje un solo valor por día
history-observation-order = con fecha { $date } pero colocada después de una del { $before }; las observaciones de un elemento van por orden de fecha

## la guarda: límites y problemas del archivo entero
guard-comment-too-long = el comentario que empieza aquí ocupa { $size }; Powermap lee comentarios de hasta { $most }
guard-comment-unclosed = un comentario abierto con /* aquí nunca se cierra con */
guard-too-many-values = el archivo contiene más de { $most } valores (textos, números, listas); ningún mapa es tan grande, así que no se sigue leyendo
guard-word-too-long = aquí empieza una palabra o un número de { $length } caracteres; ningún nombre de campo, opción o número de un mapa supera { $most }
guard-too-many-items = el mapa contiene más de { $most } actores, relaciones, coaliciones y miembros; Powermap abre mapas de hasta { $most }
guard-too-deep = el texto está anidado en más de { $most } niveles aquí (paréntesis dentro de paréntesis); un mapa no necesita más de 8
guard-text-too-long = el texto que empieza aquí ocupa { $size }; Powermap lee textos (nombres, notas…) de hasta { $most }
guard-too-many-escapes = los textos hasta aquí contienen más de { $most } caracteres escapados (como \n para un salto de línea o \" para unas comillas); ningún mapa necesita tantos, y leerlos llevaría demasiado tiempo
guard-in-context = { $place }: { $problem }
guard-with-hint = { $problem }; { $hint }
guard-field = campo «{ $field }»
guard-open-text = quizá falten las comillas de cierre del texto que empieza en la línea { $line }
guard-cut-off = el archivo termina justo ahí, como si se hubiera cortado
guard-empty = el archivo está vacío
guard-not-a-map = no es un mapa de Powermap: un archivo de mapa empieza con «(» y la línea format: "powermap"
guard-nth-item = { $noun ->
        [stakeholder] actor
        [relation] relación
        [coalition] coalición
        [member] miembro
        [scene] escena
       *[other] elemento
    } n.º { $place }

## los errores de ron en palabras claras
ron-eof = el archivo termina demasiado pronto: algo abierto aquí nunca se cierra (un paréntesis, una lista o unas comillas), como si el archivo se hubiera cortado
ron-expected-list = aquí debería empezar una lista entre corchetes [ ]
ron-expected-list-end = una lista no se cierra aquí: falta un «]» o una coma entre dos entradas
ron-expected-comma = falta una coma aquí
ron-expected-boolean = esto debería ser true o false
ron-expected-text = esto debería ser un texto entre comillas dobles
ron-expected-number = esto debería ser un número
ron-expected-whole-number = esto debería ser un número entero
ron-expected-value = aquí falta un valor o no tiene la forma correcta
ron-expected-group-end = falta un «)» aquí, o una coma entre dos campos
ron-expected-map = aquí debería empezar una «{"{"}»
ron-expected-colon = faltan los dos puntos «:» tras el nombre del campo
ron-expected-map-end = falta una «{"}"}» aquí, o una coma entre dos entradas
ron-other-struct-name = esto está marcado como «{ $found }», pero aquí va un elemento «{ $outer }»: quite «{ $found }»
ron-expected-group = esto debería ser un grupo de campos entre paréntesis, como (name: "…")
ron-unclosed-text = aquí empieza un texto entre comillas que nunca se cierra: faltan sus " de cierre
ron-expected-word = aquí se espera un nombre de campo o una palabra como Target
ron-bad-escape = una barra invertida en un texto empieza algo que no es un escape; escriba \\ para una barra invertida, \" para unas comillas, \n para un salto de línea
ron-number-out-of-bounds = este número es demasiado grande o demasiado pequeño
ron-bad-digit = «{ $digit }» no puede formar parte de un número entero
ron-no-such-extension = el archivo pide una opción de lectura «{ $name }» que no existe
ron-unclosed-block-comment = un comentario abierto con /* nunca se cierra con */
ron-unclosed-line-comment = el archivo termina en medio de un comentario
ron-unexpected-char = el carácter «{ $char }» no va aquí
ron-not-utf8 = el archivo no es texto plano (UTF-8)
ron-trailing = hay más texto después del final del mapa; quizá el archivo se pegó dos veces
ron-wrong-type = se esperaba { $expected }, pero hay { $found }
ron-wrong-length = se esperaba { $expected }, pero hay { $found } entradas
ron-not-a-choice = «{ $found }» no es una de las opciones de aquí; debe ser una de { $choices }
ron-not-a-field = «{ $found }» no es un campo de este elemento
ron-missing-field-of = falta el campo «{ $field }» en este elemento «{ $outer }»
ron-missing-field = falta el campo «{ $field }»
ron-field-twice = el campo «{ $field }» aparece dos veces
ron-too-deep = el texto está anidado con demasiada profundidad aquí (paréntesis dentro de paréntesis); un mapa no necesita más de 8 niveles
type-whole-number = un número entero
type-number = un número
type-text = un texto entre comillas dobles
type-boolean = true o false
type-list = una lista entre corchetes [ ]
type-group = un grupo de campos entre paréntesis
type-value = un valor
type-struct = un elemento «{ $outer }» entre paréntesis
type-enum = un elemento «{ $outer }»
found-text = el texto { $text }
found-number = el número { $number }
found-list = una lista
found-group = un grupo de campos
found-word = una palabra como Target
serde-number-out-of-range = el número { $number } está fuera de rango aquí
serde-wrong-length = número de entradas incorrecto: { $rest }
serde-unknown-variant = { $rest } no es una de las opciones de aquí
format-type = { $name ->
        [Stakeholder] actor
        [Relation] relación
        [Coalition] coalición
        [Member] miembro de coalición
        [Position] posición en el mapa
        [Conditions] condiciones
        [MapData] mapa
        [FileData] archivo
        [Header] archivo
        [Kind] tipo de actor
        [Stance] postura
        [Role] papel en la coalición
        [MemberRole] papel de miembro
        [Contribution] contribución
        [RelationKind] tipo de relación
        [Confidence] fiabilidad
       *[other] { $name }
    }
