package org.ckptgen.example.large;

import org.ckptgen.annotations.CheckpointImage;
import org.ckptgen.example.large.LargeStructs.*;

/**
 * An image root for a build of more structs than one generated method can list (see
 * LargeSchemaTest). It has no subsystems (its images are written by hand), so it lists its 300
 * records, written by the same loop as LargeStructs.
 */
@CheckpointImage(name = "large", structs = {
    L0.class, L1.class, L2.class, L3.class, L4.class, L5.class, L6.class, L7.class, L8.class, L9.class, L10.class, L11.class,
    L12.class, L13.class, L14.class, L15.class, L16.class, L17.class, L18.class, L19.class, L20.class, L21.class, L22.class, L23.class,
    L24.class, L25.class, L26.class, L27.class, L28.class, L29.class, L30.class, L31.class, L32.class, L33.class, L34.class, L35.class,
    L36.class, L37.class, L38.class, L39.class, L40.class, L41.class, L42.class, L43.class, L44.class, L45.class, L46.class, L47.class,
    L48.class, L49.class, L50.class, L51.class, L52.class, L53.class, L54.class, L55.class, L56.class, L57.class, L58.class, L59.class,
    L60.class, L61.class, L62.class, L63.class, L64.class, L65.class, L66.class, L67.class, L68.class, L69.class, L70.class, L71.class,
    L72.class, L73.class, L74.class, L75.class, L76.class, L77.class, L78.class, L79.class, L80.class, L81.class, L82.class, L83.class,
    L84.class, L85.class, L86.class, L87.class, L88.class, L89.class, L90.class, L91.class, L92.class, L93.class, L94.class, L95.class,
    L96.class, L97.class, L98.class, L99.class, L100.class, L101.class, L102.class, L103.class, L104.class, L105.class, L106.class, L107.class,
    L108.class, L109.class, L110.class, L111.class, L112.class, L113.class, L114.class, L115.class, L116.class, L117.class, L118.class, L119.class,
    L120.class, L121.class, L122.class, L123.class, L124.class, L125.class, L126.class, L127.class, L128.class, L129.class, L130.class, L131.class,
    L132.class, L133.class, L134.class, L135.class, L136.class, L137.class, L138.class, L139.class, L140.class, L141.class, L142.class, L143.class,
    L144.class, L145.class, L146.class, L147.class, L148.class, L149.class, L150.class, L151.class, L152.class, L153.class, L154.class, L155.class,
    L156.class, L157.class, L158.class, L159.class, L160.class, L161.class, L162.class, L163.class, L164.class, L165.class, L166.class, L167.class,
    L168.class, L169.class, L170.class, L171.class, L172.class, L173.class, L174.class, L175.class, L176.class, L177.class, L178.class, L179.class,
    L180.class, L181.class, L182.class, L183.class, L184.class, L185.class, L186.class, L187.class, L188.class, L189.class, L190.class, L191.class,
    L192.class, L193.class, L194.class, L195.class, L196.class, L197.class, L198.class, L199.class, L200.class, L201.class, L202.class, L203.class,
    L204.class, L205.class, L206.class, L207.class, L208.class, L209.class, L210.class, L211.class, L212.class, L213.class, L214.class, L215.class,
    L216.class, L217.class, L218.class, L219.class, L220.class, L221.class, L222.class, L223.class, L224.class, L225.class, L226.class, L227.class,
    L228.class, L229.class, L230.class, L231.class, L232.class, L233.class, L234.class, L235.class, L236.class, L237.class, L238.class, L239.class,
    L240.class, L241.class, L242.class, L243.class, L244.class, L245.class, L246.class, L247.class, L248.class, L249.class, L250.class, L251.class,
    L252.class, L253.class, L254.class, L255.class, L256.class, L257.class, L258.class, L259.class, L260.class, L261.class, L262.class, L263.class,
    L264.class, L265.class, L266.class, L267.class, L268.class, L269.class, L270.class, L271.class, L272.class, L273.class, L274.class, L275.class,
    L276.class, L277.class, L278.class, L279.class, L280.class, L281.class, L282.class, L283.class, L284.class, L285.class, L286.class, L287.class,
    L288.class, L289.class, L290.class, L291.class, L292.class, L293.class, L294.class, L295.class, L296.class, L297.class, L298.class, L299.class})
public interface LargeImage {}
