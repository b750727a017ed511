# lo que dicen las importaciones, exportaciones, copias para compartir y
# fusiones: las notas de un informe de importación, los problemas de un
# archivo GraphML o CSV, las notas que escribe una fusión

## leer un archivo para importar
import-not-a-map = los elementos leídos no pudieron formar un mapa: { $problem }
import-untitled = Mapa importado
import-too-large = { $path }: el archivo supera los { $megabytes } MB, el máximo que lee Powermap
import-unreadable = { $path }: no se puede leer: { $problem }
import-not-utf8 = { $path }: no es texto UTF-8 (byte { $byte }); { $advice }
csv-save-as-utf8 = guárdelo desde la hoja de cálculo como CSV UTF-8
graphml-save-as-utf8 = guárdelo de nuevo en UTF-8 (yEd y Gephi escriben en UTF-8 salvo que se indique otra cosa)

## CSV
# el identificador de una fila que no lo tiene, hasta que se une a un mapa
csv-row-line = línea { $line }
csv-the-column = la columna { $column }
csv-no-relations-file = no hay { $name } al lado: no se importó ninguna relación
csv-quote-never-closed = la comilla que abre una celda en la línea { $line } nunca se cierra, así que el resto del archivo (líneas { $line } a { $last }) sería una sola celda; ciérrela con " o bórrela
csv-text-after-quote = la celda entre comillas que empieza en la línea { $open } se cierra en la línea { $close } con más texto tras su comilla de cierre

## fuerzas en la escala de otra herramienta
import-strength-same = { $source } vale { $value } en todas las relaciones: no indica ninguna fuerza, así que las fuerzas son medias salvo que el archivo las dé
import-strength-as-is = { $source } se lee como la fuerza: los valores de { $low } a { $high } son fuerzas tal cual
import-strength-scaled = { $source } se lee como la fuerza: los valores de { $min } a { $max } se llevan a las fuerzas { $low } a { $high } (de débil a fuerte), cada uno a la más cercana

## GraphML
graphml-edges-weight = el peso de las aristas
graphml-unknown-field = Powermap no tiene el campo «{ $name }»; sus valores se guardan como una línea de las notas { $owners ->
        [stakeholders] de los actores
       *[relations] de las relaciones
    }
graphml-undeclared-key = la clave «{ $key }» se usa pero nunca se declara con <key>; se lee con ese nombre
graphml-unnamed-node = el nodo «{ $id }» no tiene etiqueta ni nombre que Powermap pueda leer; se nombra por su identificador
graphml-drawing-left-out = se dejan fuera los atributos de dibujo ({ $names }): Powermap dibuja según el tipo, la postura, el poder y la fuerza
graphml-node-without-id = se deja fuera un nodo sin identificador: ninguna arista podría nombrarlo
graphml-node-id-again = el identificador de nodo «{ $id }» se usa de nuevo aquí; se deja fuera este segundo nodo
graphml-yed-drawing = se dejan fuera las formas, colores, fuentes y trazados de aristas de yEd: Powermap dibuja cada actor según su tipo y su postura
graphml-gephi-drawing = se dejan fuera los colores y tamaños de Gephi (viz): Powermap dibuja cada actor según su tipo y su postura
graphml-node-bad-value = nodo «{ $name }»: { $problem }; el valor se guarda en sus notas
graphml-edge-without-end = se deja fuera una arista sin { $end ->
        [source] origen
       *[target] destino
    }
graphml-edge-end-unknown = se deja fuera una arista: su { $end ->
        [source] origen
       *[target] destino
    } «{ $id }» no es un nodo del archivo que se haya podido leer
graphml-edge-to-itself = se deja fuera una arista del nodo «{ $id }» hacia sí mismo: una relación une a dos actores
graphml-edge-bad-value = la arista de «{ $from }» a «{ $to }»: { $problem }; el valor se guarda en su nota
graphml-second-root = aquí empieza un segundo elemento de primer nivel; un archivo GraphML tiene un solo elemento <graphml>
graphml-unreadable-text = el texto de aquí no se puede leer: { $problem }
graphml-unknown-entity = la entidad &{ $name }; no es una que XML conozca; se guarda tal como está escrita
graphml-not-a-character = &{ $name }; no es un carácter de Unicode
graphml-ends-early = el archivo termina antes de que se cierre <{ $name }>, abierto en la línea { $line }
graphml-no-root = no contiene ningún elemento <graphml>
graphml-text-outside = hay texto fuera del elemento <graphml>
graphml-bad-attribute = no se puede leer un atributo de este elemento: { $problem }
graphml-bad-attribute-value = no se puede leer el valor de { $name }="…": { $problem }
graphml-gexf-root = empieza por <{ $name }>, no por <graphml>; es un archivo GEXF: en Gephi, elija Archivo → Exportar → Archivo de grafo… y GraphML
graphml-other-root = empieza por <{ $name }>, no por <graphml>
graphml-hyperedge = se deja fuera una hiperarista (una arista que une más de dos nodos): una relación de Powermap une a dos actores
graphml-port = se deja fuera un puerto del nodo «{ $id }»: las aristas que llegan a él se unen al propio nodo
graphml-locator = el nodo «{ $id }» remite a un grafo de otro archivo (<locator>); ese grafo no se lee
graphml-unknown-element = <{ $name }> no forma parte de GraphML tal como lo lee Powermap; se deja fuera
graphml-nested-in-node = el nodo «{ $id }» contiene un grafo anidado (un grupo de yEd): sus nodos se leen como actores junto a los demás, y la agrupación se deja fuera
graphml-nested-in-edge = una arista contiene un grafo anidado: sus nodos se leen como actores junto a los demás
graphml-several-graphs = el archivo contiene más de un grafo; todos se leen en un solo mapa
graphml-value-too-long = un valor de «{ $name }» supera los { $megabytes } MB; se deja fuera

## XML mal formado
xml-mismatched-end = </{ $found }> cierra aquí <{ $expected }>, que es el elemento aún abierto; falta una etiqueta o está mal escrita
xml-unmatched-end = </{ $name }> cierra aquí un elemento que nunca se abrió
xml-unclosed-reference = un & empieza una referencia que nunca termina con ; (escriba un & suelto como &amp;)
xml-unclosed-tag = una etiqueta que empieza con < aquí nunca se cierra con >
xml-unclosed-comment = un comentario que empieza con <!-- aquí nunca se cierra con -->
xml-unclosed-cdata = una sección <![CDATA[ aquí nunca se cierra con ]]>
xml-unclosed-attribute = un valor de atributo que empieza con comillas aquí nunca se cierra
xml-not-well-formed = no es XML bien formado ({ $problem })

## la copia para compartir
share-target-is-source = «{ $path }» es el mapa del que se hace la copia; la copia para compartir lo reemplazaría, junto con sus notas confidenciales. No se escribió nada: elija otro archivo para la copia
share-target-holds-confidential = «{ $path }» contiene notas confidenciales ({ $whose }) que la copia para compartir deja fuera; sobrescribirlo las perdería. No se escribió nada: elija otro archivo para la copia
share-unreadable-file = en un archivo que este Powermap no sabe leer
# el nombre que recibe una persona en la copia
share-individual = Persona { $number } ({ $role })

## las notas que una fusión escribe en el mapa
merge-conflicts-note = Conflictos de fusión ({ $count }), cada uno anotado también en su elemento; los actores afectados llevan la etiqueta { $tag }:
merge-conflict-note = Conflicto de fusión: { $conflict }.
merge-no-such-member = no existe ese miembro

## la diferencia entre dos versiones
diff-contact = contacto del { $date } ({ $how }, { $on })

## lo que rechazan una fusión o una copia (que un mapa válido nunca da)
share-not-made = no se pudo hacer la copia para compartir: { $problem }
merge-unreadable-item = no se puede volver a leer un elemento fusionado: { $problem }
merge-invalid-map = el mapa fusionado no es válido: { $problem }

## los errores propios de la ventana: un archivo elegido para fusionar o comparar, una imagen, un trabajo recuperado
chosen-map-unreadable = No se pudo leer { $path }: { $problem }
picture-no-table = la tabla no tiene imagen; las imágenes son de la red, de la matriz poder/interés y del espectro de aliados
picture-bad-size = no se puede hacer una imagen de { $width }×{ $height } píxeles; cada lado debe ir de { $low } a { $high } píxeles
picture-png-failed = no se pudo hacer el PNG: { $problem }
recovery-gone = ese trabajo recuperado ya no existe
recovery-unreadable = no se pudo leer el trabajo recuperado: { $problem }
recovery-not-deleted = no se pudo borrar { $path }: { $problem }

## pegar actores
paste-not-a-clip = el portapapeles no contiene actores de Powermap
paste-too-large = el texto del portapapeles es demasiado largo para pegarlo ({ $megabytes } MB)
paste-unreadable = no se pueden leer los actores del portapapeles: línea { $line }, columna { $column }: { $problem }
