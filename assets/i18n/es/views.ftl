# vistas: red, matriz, espectro, panel lateral, historial, escrituras, imágenes

views-routes-picked-out = Rutas hacia { $name } resaltadas en Análisis: el resto está atenuado.
views-show-everything = Mostrar todo
views-show-everything-hover = Dejar de resaltar las rutas
views-tab-stakeholders = Actores
views-tab-coalitions = Coaliciones
views-tab-analysis = Análisis
views-tab-scenes = Escenas

board-label = { $count ->
        [one] { $board } de { $count } actor
       *[other] { $board } de { $count } actores
    }
grid-board = Matriz poder/interés
grid-manage-closely = Gestionar de cerca
grid-keep-satisfied = Mantener satisfechos
grid-keep-informed = Mantener informados
grid-monitor = Vigilar
grid-interest-axis = Interés: cuánto les importa
grid-power-axis = Poder: influencia sobre el tema
spectrum-board = Espectro de aliados
spectrum-unknown = Postura desconocida ({ $count })
spectrum-power-hint = Cuanto más poder, más cerca del borde

canvas-empty-hint = Haga doble clic aquí o pulse N para añadir un actor
canvas-label = Mapa de la red: { $stakeholders ->
        [one] { $stakeholders } actor
       *[other] { $stakeholders } actores
    }, { $relations ->
        [one] { $relations } relación
       *[other] { $relations } relaciones
    }
canvas-connect-to = Conectar con…
canvas-connect-to-hover = Luego arrastre hasta el otro actor
canvas-reverse = Invertir el sentido
canvas-make-one-way = Hacer unidireccional
canvas-make-mutual = Hacer mutua
canvas-mark-confirmed = Marcar como confirmada
canvas-mark-uncertain = Marcar como incierta
canvas-add-here = Añadir un actor aquí
canvas-connect-tool = Conectar: arrastre de un actor a otro (Esc para terminar)
canvas-name-hint = Nombre
canvas-name-hover = Intro para terminar, Esc para cancelar
canvas-name-kind = { $kind } (Tab cambia el tipo)
canvas-connect-from = De { $name }
canvas-connect-to-name = a { $name }
canvas-which-relation = ¿Qué relación? Pulse su número.
canvas-other-kind = Otro tipo…
canvas-add-kind = Añadir

access-unnamed = Sin nombre
access-stakeholder = { $name }: { $kind }, postura { $stance }, { $role }
access-relation = { $from } { $kind } { $to }{ $mutual ->
        [yes] , en ambos sentidos
       *[no] {""}
    }{ $uncertain ->
        [yes] , incierta
       *[no] {""}
    }

record-heading = Historial
record-heading-hover = Lo que era en días anteriores, y de dónde se sabe. La barra de tiempo muestra el mapa en cualquier fecha.
record-nothing-yet = Aún no hay nada registrado.
record-change = ✏ Cambiar
record-change-hover = Cambiar el valor, la fecha o la fuente de este registro
record-delete-hover = Eliminar el registro de { $field } del { $day }
record-confidential = confidencial
record-as-observation = Registrar como observación…
record-as-observation-hover = Registrar un valor con fecha y fuente: el actual, o el que tenía un día anterior
record-field = Campo
record-value = Valor
record-date = Fecha
record-date-hint = AAAA-MM-DD
record-date-hover = El día en que el valor era cierto, año-mes-día
record-source = Fuente
record-source-hint = Reunión con la subdirectora, 12 de marzo
record-confidential-source = Fuente confidencial
record-confidential-source-hover = La fuente se omite en las copias para compartir
record-save = Guardar el registro
record-record = Registrar
record-too-far = { $day } está a más de un año de hoy; un registro es de un día que ya ha pasado
record-in-place = Vigente
record-value-in-place = vigente
record-value-ended = terminada

script-arabic = árabe
script-hebrew = hebreo
script-cjk = chino, japonés o coreano
script-devanagari = devanagari
script-bengali = bengalí
script-thai = tailandés
script-armenian = armenio
script-georgian = georgiano
script-ethiopic = etíope
script-tamil = tamil
script-either = { $some } o { $last }
script-no-font = Ninguna fuente de este ordenador dibuja las letras en { $scripts }, así que se ven como cuadros. Instale una fuente para ellas (en Debian o Ubuntu: fonts-noto-core y fonts-noto-cjk) y vuelva a abrir el mapa.

picture-no-scene = { $count ->
        [0] el mapa no tiene escenas; añádalas en la pestaña Escenas (Ctrl+M)
        [one] no existe la escena { $number }: el mapa tiene una sola escena, la escena 1
       *[other] no existe la escena { $number }: las escenas del mapa van de la 1 a la { $count }
    }
picture-no-room = no hay espacio para { $width }×{ $height } píxeles
