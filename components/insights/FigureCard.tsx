import { useId } from 'react';

export interface Note {
  text: string;
  /** Shown as a caution: the figure rests on too little, or on estimated times. */
  caution?: boolean;
}

interface Props {
  title: string;
  value: string;
  /** A second reading of the same figure, e.g. in business hours. */
  secondary?: string;
  /** One line a manager understands: how the figure is defined. */
  definition: string;
  notes?: Note[];
  /** Draws the eye: something needs doing now (overdue comments). */
  alert?: boolean;
}

/** One figure: its name, its value, what it means and what it rests on. */
export function FigureCard({ title, value, secondary, definition, notes = [], alert = false }: Props) {
  const id = useId();
  return (
    <article className={alert ? 'figure alert' : 'figure'} aria-labelledby={id}>
      <h2 className="figure-title" id={id}>
        {title}
      </h2>
      <p className="figure-value">{value}</p>
      {secondary && <p className="figure-secondary">{secondary}</p>}
      <p className="figure-definition">{definition}</p>
      {notes.map((note) => (
        <p key={note.text} className={note.caution ? 'figure-note caution' : 'figure-note'}>
          {note.text}
        </p>
      ))}
    </article>
  );
}
