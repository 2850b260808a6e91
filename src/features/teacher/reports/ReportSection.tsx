import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  title: string;
  children: ComponentChildren;
  class?: string;
}

/** One part of the class report: a section named by its own heading, so it is a landmark to jump to. */
export function ReportSection({ id, title, children, class: extra }: Props) {
  return (
    <section aria-labelledby={id} class={extra ? `stack report-section ${extra}` : 'stack report-section'}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
