/**
 * Stage 4: who speaks, and for which side.
 *
 * <p>{@link dev.stancekit.speakers.RegistrySpeakerResolver} turns a quote's speaker mention into a
 * canonical {@link dev.stancekit.model.Speaker} with a side (US, China, other, unknown) and the
 * evidence for it. It reads four editable files from {@code resources/} (a folder given with
 * {@code --registry} adds rows that win on the same name): {@code speakers.csv} (people and their
 * aliases, including transliterations such as Sino-Vietnamese readings), {@code organizations.csv}
 * (ministries, commands, state media, capitals used for governments), {@code nationality-words.csv}
 * and {@code speaker-words.csv} (titles, roles, determiners, ...). Speakers not in the registry get
 * a side only from evidence in the article: side words or registered organisations in the mention,
 * titles right before the name, or an apposition after it; never from the article's topic.
 *
 * <p>{@link dev.stancekit.speakers.SpeakerTable} aggregates resolved quotes per speaker for
 * {@code stancekit speakers}.
 */
package dev.stancekit.speakers;
