## /checkup: el diagnóstico de una cuenta de X, el resumen semanal y su gráfico, la auditoría en la terminal.

command-checkup = qué frena tu cuenta de X, y por dónde empezar

checkup-no-account = Todavía no tengo una cuenta de X que mirar. Conecta la tuya con /connect, envíame tu archivo de X (el zip que X te deja descargar) o prueba /demo para ver el chequeo de una cuenta de ejemplo.
checkup-score = { $band ->
    [good] Tu cuenta saca { $score }/100: está en buena forma.
    [fair] Tu cuenta saca { $score }/100: una buena base, con algunas cosas que arreglar.
   *[low] Tu cuenta saca { $score }/100: hay trabajo por hacer, y se empieza con pasos pequeños.
}
checkup-top-title = { $count ->
    [one] Lo primero en lo que trabajar:
   *[other] Las { $count } cosas en las que trabajar primero:
}
checkup-issue =
    { $number }. { $title }: { $finding }
    → { $step }
checkup-nothing-urgent = Nada urgente: todo lo que puedo valorar está bien.
checkup-praise = 👏 { $praise }
checkup-unknown-note = { $count ->
    [one] Hay una cosa que todavía no he podido valorar: el informe completo explica por qué.
   *[other] Hay { $count } cosas que todavía no he podido valorar: el informe completo explica por qué.
}
checkup-button-full = Informe completo
checkup-button-chart = Gráfico de progreso
checkup-full-title = Informe completo: { $score }/100
checkup-full-line =
    { $mark } { $title } ({ $status }): { $finding }
    → { $step }
checkup-full-line-fine = { $mark } { $title } ({ $status }): { $finding }

status-act = actúa ya
status-watch = vigílalo
status-fine = todo bien
status-unknown = sin datos suficientes
status-mark-act = 🔴
status-mark-watch = 🟠
status-mark-fine = 🟢
status-mark-unknown = ⚪

## Los doce diagnósticos: títulos.
dx-broadcasting = Conversación, no solo promoción
dx-cadence = Ritmo de publicación
dx-answering = Responder a la gente
dx-goals = Tus objetivos en X
dx-audience = Tus clientes en X
dx-profile = Perfil
dx-protected = Cuenta pública
dx-convictions = Opiniones y temas que dividen
dx-following = A quién sigues
dx-autodms = Mensajes directos automáticos
dx-arguing = Discusiones en público
dx-learning = Participar en conversaciones ajenas

## Lo que vi (o por qué no pude valorarlo).
seen-few-posts = { $posts ->
    [0] Ninguna publicación en los últimos 30 días: todavía no tengo nada que valorar.
    [one] Solo 1 publicación en los últimos 30 días: muy pocas para valorarlo.
   *[other] Solo { $posts } publicaciones en los últimos 30 días: muy pocas para valorarlo.
}
seen-unreadable = { $judged ->
    [0] No pude leer ninguna de tus { $posts } publicaciones recientes (están en idiomas que aún no leo, o son solo emojis y enlaces), así que no puedo valorarlo.
   *[other] Solo pude leer { $judged } de tus { $posts } publicaciones recientes (las demás están en idiomas que aún no leo, o son solo emojis y enlaces): muy pocas para valorarlo.
}
seen-not-answered = Esto todavía no lo sé: es una de las preguntas que te hago en el chat.

seen-broadcasting-promo = { $promo ->
    [one] 1 de tus últimas { $originals } publicaciones propias era promoción
   *[other] { $promo } de tus últimas { $originals } publicaciones propias eran promoción
} (ofertas, lanzamientos, «compra» o «reserva», enlaces a tu web): el { $promo_share } %.
seen-broadcasting-talk = { $conversation ->
    [0] Ninguna de tus { $posts } publicaciones de los últimos 30 días era una respuesta, una cita o un repost de otros (el 0 %).
    [one] Solo 1 de tus { $posts } publicaciones de los últimos 30 días era una respuesta, una cita o un repost de otros (el { $conversation_share } %).
   *[other] Solo { $conversation } de tus { $posts } publicaciones de los últimos 30 días eran respuestas, citas o reposts de otros (el { $conversation_share } %).
}
seen-broadcasting-fine = { $conversation ->
    [one] 1 de tus { $posts } publicaciones de los últimos 30 días era conversación, y la promoción se queda en su justa medida.
   *[other] { $conversation } de tus { $posts } publicaciones de los últimos 30 días eran conversación, y la promoción se queda en su justa medida.
}

seen-cadence-none = Ninguna publicación tuya en los últimos 30 días.
seen-cadence-silent = { $days ->
    [one] Tu última publicación fue ayer.
   *[other] Tu última publicación fue hace { $days } días.
}
seen-cadence-low = { $week ->
    [one] 1 publicación en los últimos 7 días ({ $per_day } al día), frente a tu objetivo de { $target } al día.
   *[other] { $week } publicaciones en los últimos 7 días ({ $per_day } al día), frente a tu objetivo de { $target } al día.
}
seen-cadence-fine = { $week ->
    [one] 1 publicación en los últimos 7 días: cumples tu objetivo de { $target } al día.
   *[other] { $week } publicaciones en los últimos 7 días ({ $per_day } al día): cumples tu objetivo de { $target } al día.
}

seen-answering-no-mentions = No veo menciones tuyas en los últimos { $days } días, así que aquí no hay nada que valorar.
seen-answering-no-source = Un archivo de X no incluye las menciones, así que no puedo saber si las personas que te escriben reciben respuesta.
seen-answering-late = { $late ->
    [one] 1 mención lleva más de un día sin respuesta
   *[other] { $late } menciones llevan más de un día sin respuesta
}; la más antigua espera desde hace { $oldest_days ->
    [0] { $oldest } horas
    [one] 1 día
   *[other] { $oldest_days } días
}.
seen-answering-slow = { $hours ->
    [one] Respondes, pero una respuesta suele tardar una hora.
   *[other] Respondes, pero una respuesta suele tardar { $hours } horas.
}
seen-answering-waiting = { $waiting ->
    [one] 1 mención del último día espera respuesta.
   *[other] { $waiting } menciones del último día esperan respuesta.
}
seen-answering-fine = { $mentions ->
    [one] Respondiste a la única mención que recibiste
   *[other] Respondiste a las { $mentions } menciones que recibiste
}, normalmente en menos de { $hours ->
    [0] una hora
    [one] una hora
   *[other] { $hours } horas
}.

seen-goals-none = Todavía no has elegido para qué estás en X.
seen-goals-followers-only = Tu único objetivo es tener más seguidores.
seen-goals-fine = { $goals ->
    [one] Sabes para qué estás en X: elegiste 1 objetivo.
   *[other] Sabes para qué estás en X: elegiste { $goals } objetivos.
}

seen-audience-yes = Me dijiste que tus clientes están en X.
seen-audience-no = Me dijiste que tus clientes no están en X.
seen-audience-unsure = No estás seguro de que tus clientes usen X.

seen-profile-missing = { $missing ->
    [one] A tu perfil le falta uno de los básicos:
   *[other] A tu perfil le faltan { $missing } de los básicos, empezando por
} { $first ->
    [avatar] una foto de perfil de verdad.
    [bio] una bio.
    [link] un enlace.
   *[banner] una imagen de cabecera.
}
seen-profile-fine = Foto, bio, enlace e imagen de cabecera: está todo.

seen-protected-yes = Tu cuenta está protegida: solo los seguidores aprobados ven tus publicaciones.
seen-protected-no = Tus publicaciones son públicas.

seen-convictions-many = { $divisive ->
    [one] 1 de tus últimas { $posts } publicaciones toca la política o temas que dividen (el { $share } %).
   *[other] { $divisive } de tus últimas { $posts } publicaciones tocan la política o temas que dividen (el { $share } %).
}
seen-convictions-fine = La política y los temas que dividen se quedan fuera de tus publicaciones ({ $divisive } de { $posts }).

seen-following-ratio = { $following ->
    [0] No sigues a ninguna cuenta
    [one] Sigues a 1 cuenta
   *[other] Sigues a { $following } cuentas
} y { $followers ->
    [0] nadie te sigue todavía.
    [one] 1 cuenta te sigue.
   *[other] { $followers } te siguen.
}
seen-following-jump = { $jump ->
    [one] Empezaste a seguir 1 cuenta más en un solo día.
   *[other] Empezaste a seguir { $jump } cuentas más en un solo día.
}
seen-following-fine = { $following ->
    [0] No sigues a ninguna cuenta
    [one] Sigues a 1 cuenta
   *[other] Sigues a { $following } cuentas
} y { $followers ->
    [0] nadie te sigue todavía
    [one] 1 cuenta te sigue
   *[other] { $followers } te siguen
}: un buen equilibrio.
seen-following-few = { $following ->
    [0] No sigues a ninguna cuenta: ninguna señal de seguir en masa.
    [one] Sigues a 1 cuenta: ninguna señal de seguir en masa.
   *[other] Sigues a { $following } cuentas: ninguna señal de seguir en masa.
}

seen-autodms-yes = Envías mensajes automáticos a los nuevos seguidores.
seen-autodms-no = No envías mensajes directos automáticos.

seen-arguing-thread = { $exchanges ->
    [one] Una conversación fue y vino una vez con la misma persona, en público.
   *[other] Una conversación fue y vino { $exchanges } veces con la misma persona, en público.
}
seen-arguing-complaints = { $complaints ->
    [one] 1 mención de esta semana parece una queja.
   *[other] { $complaints } menciones de esta semana parecen quejas.
}
seen-arguing-fine = Ninguna discusión larga en público, y ninguna queja esta semana.
seen-arguing-no-source = Un archivo de X no incluye las menciones ni las conversaciones completas, así que no puedo saber si alguien se quejó o discutió contigo en público.

seen-learning-few = { $joined ->
    [0] Ninguna de tus { $posts } publicaciones de los últimos 30 días se sumó a una conversación de la que no formaras ya parte.
    [one] Solo 1 de tus { $posts } publicaciones de los últimos 30 días se sumó a una conversación de la que no formaras ya parte.
   *[other] Solo { $joined } de tus { $posts } publicaciones de los últimos 30 días se sumaron a conversaciones de las que no formabas ya parte.
} { $answers ->
    [0] {""}
    [one] Tu respuesta a alguien que te había mencionado (o en tu propio hilo) cuenta como atender, no como sumarte a conversaciones ajenas.
   *[other] Tus { $answers } respuestas a personas que te habían mencionado (o en tus propios hilos) cuentan como atender, no como sumarte a conversaciones ajenas.
}
seen-learning-fine = { $joined ->
    [one] En los últimos 30 días te sumaste a 1 conversación de la que no formabas ya parte.
   *[other] En los últimos 30 días te sumaste a { $joined } conversaciones de las que no formabas ya parte.
}
seen-learning-no-source = { $replies ->
    [one] 1 de tus publicaciones respondía a otra persona, pero un archivo de X no incluye las menciones, así que no puedo distinguir entre sumarte a conversaciones ajenas y responder a quien te mencionó.
   *[other] { $replies } de tus publicaciones respondían a otras personas, pero un archivo de X no incluye las menciones, así que no puedo distinguir entre sumarte a sus conversaciones y responder a quien te mencionó.
}

## Un siguiente paso para cada uno.
step-keep-going = Sigue así.
step-unknown-posts = Publica unas cuantas veces esta semana: en el próximo chequeo tendré más que decirte.
step-answer-question = Respóndela en /settings y la tendré en cuenta.
step-broadcasting-give = Haz de tu próxima publicación un regalo, no una oferta: pregunta algo a tus clientes, lanza una encuesta o comparte algo útil de otra persona de tu sector.
step-broadcasting-talk = Hoy, responde a dos publicaciones de clientes o de gente de tu sector, o comparte una que te guste con unas palabras tuyas.
step-cadence-start = Escribe una publicación hoy: basta una foto del trabajo de hoy y una frase que la cuente.
step-cadence-return = Publica algo hoy, aunque sea pequeño: la gente deja de seguir a una cuenta que se calla.
step-cadence-pace = { $target ->
    [0.5] Apunta a una publicación cada dos días: un ritmo que puedas mantener vale más que una ráfaga. Escribe la próxima ahora y prográmala.
    [1] Apunta a una publicación al día: un ritmo que puedas mantener vale más que una ráfaga. Escribe ahora la de mañana y prográmala.
   *[other] Apunta a { $target } publicaciones al día: un ritmo que puedas mantener vale más que una ráfaga. Escribe ahora las de mañana y prográmalas.
}
step-answering-late = Respóndeles hoy: basta un gracias o una respuesta corta, y es el comienzo de una relación.
step-answering-slow = Revisa tus menciones una vez al día a una hora fija, para que nadie espere más de un día.
step-answering-waiting = Respóndeles antes de que acabe el día.
step-answering-none = Empieza tú las conversaciones: responde a clientes y a gente de tu sector, y empezarán a mencionarte.
step-mentions-check = Revisa tus menciones en X una vez al día: responde a cada una, y lleva las quejas a un mensaje directo, una llamada o un correo.
step-goals = Elige de uno a tres objetivos en /settings: darte a conocer, encontrar clientes, proveedores y socios, compartir lo que sabes, atención al cliente o comunidad. Un público pequeño e interesado vale más que uno grande e indiferente.
step-audience-elsewhere = Sé honesto contigo: si tus clientes hablan en Instagram, Facebook, LinkedIn o Pinterest, dedica allí tu tiempo. Dejar X con elegancia es un buen final.
step-audience-check = Busca en X tu sector y tu ciudad: si clientes y colegas conversan allí, quédate y participa; si no, plantéate otra red.
step-profile-avatar = Sube tu logo o una foto real como foto de perfil.
step-profile-bio = Escribe una bio de una línea que diga qué haces y para quién.
step-profile-link = Añade un enlace a tu web, o a la página donde se pide o se reserva.
step-profile-banner = Añade una imagen de cabecera: tu tienda, tu producto, tu equipo trabajando.
step-protected = Haz pública tu cuenta en los ajustes de X (Privacidad y seguridad → Audiencia): un negocio que esconde sus publicaciones parece sospechoso y no puede crecer.
step-convictions = Antes de tu próxima publicación de opinión, pregúntate si sirve a tus objetivos: te hará ganar algunos seguidores y perder otros.
step-following = Deja de seguir en masa: sigue a mano a quienes hablan de tu sector o de tu ciudad, y conversa con ellos. 100 seguidores bien elegidos valen más que 10.000 al azar.
step-autodms = Desactiva los mensajes directos automáticos: parecen spam. Guarda los mensajes privados para una persona y un tema real.
step-arguing = Da las gracias, reconoce el problema y lleva la conversación a un mensaje directo, una llamada o un correo.
step-learning = Sigue a tres personas de las que aprendas, ponlas en una lista de X y responde a una de sus publicaciones esta semana.

## Elogios cuando toca.
praise-replies = { $week ->
    [one] Respondiste a la mención que recibiste esta semana. La gente lo nota.
   *[other] Respondiste a las { $week } menciones que recibiste esta semana. La gente lo nota.
}
praise-cadence = { $week ->
    [one] Mantuviste tu ritmo: 1 publicación esta semana.
   *[other] Mantuviste tu ritmo: { $week } publicaciones esta semana.
}
praise-conversation = El { $conversation_share } % de tus publicaciones es conversación: así empiezan las relaciones.

## El resumen semanal.
weekly-title = Tu semana en X
weekly-posts = Publicaciones: { $now } al día esta semana, { $before } la semana anterior ({ $trend ->
    [up] al alza
    [down] a la baja
   *[same] estable
}); { $met ->
    [yes] cumples tu objetivo de { $target } al día.
   *[no] tu objetivo es de { $target } al día.
}
weekly-replies = Respuestas: { $now } esta semana, { $before } la semana anterior ({ $trend ->
    [up] al alza
    [down] a la baja
   *[same] estable
}).
weekly-mentions = Menciones de esta semana: { $answered ->
    [one] 1 respondida
   *[other] { $answered } respondidas
}, { $unanswered } todavía esperando.
weekly-mentions-none = Menciones: un archivo de X no las incluye, así que no puedo contarlas.

chart-title = @{ $name }: las últimas cuatro semanas
chart-posts = Publicaciones al día
chart-posts-legend = tus publicaciones al día
chart-target = objetivo: { $target } al día
chart-replies = Respuestas por semana
chart-mentions = Menciones por semana
chart-mentions-none = Un archivo de X no incluye las menciones, así que aquí no hay nada que mostrar.
chart-answered = respondidas
chart-unanswered = sin respuesta
chart-week = { $ago ->
    [0] esta semana
    [1] la semana pasada
   *[other] hace { $ago } semanas
}
chart-value = { $value }
chart-caption = Tus últimas cuatro semanas en X

## nudgebird audit (la terminal).
audit-title = Chequeo de @{ $name } en los últimos { $days } días
audit-title-unnamed = Chequeo de este archivo de X en los últimos { $days } días (el archivo no dice de qué cuenta es)
audit-language-unavailable = No tengo textos en "{ $asked }", así que uso el español.
audit-step-answer-question = Inicia el coach con "nudgebird run" y responde a sus preguntas: su chequeo tiene en cuenta las respuestas.
audit-head-status = estado
audit-head-diagnosis = diagnóstico
audit-chart-written = Gráfico guardado en { $path }
audit-chart-failed = No pude guardar el gráfico en { $path }.
audit-usage = Indica la ruta de un archivo de X (el zip), o --demo para la cuenta de ejemplo.
audit-error-missing = No hay ningún archivo en { $path }.
audit-error-not-zip = Esto no es un archivo zip: usa el archivo tal como te lo dio X.
audit-error-no-tweets = Este zip no contiene publicaciones: ¿es el archivo de X (Configuración → Tu cuenta → Descargar un archivo de tus datos)?
audit-error-too-big = Este archivo es demasiado grande para mí.
audit-error-bomb = Este zip no parece seguro de abrir (se descomprimiría mucho más de lo normal), así que no lo he tocado.
audit-error-malformed = Una parte de este archivo está dañada y no puedo leerlo. Prueba a descargarlo de nuevo desde X.
