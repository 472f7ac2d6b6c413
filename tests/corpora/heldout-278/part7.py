"""Messages 062-067: third account confirmed and merged, Japanese survey, last traps."""
from lib import *


def msgs():
    out = []

    # 062 Japanese survey for case D
    h = """<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>石崎 春香 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました
（ケース ID: %s）。</p>
<p>今後のサービス向上のため、対応についての簡単なアンケートにご協力ください。所要時間は 1 分ほどです。</p>
<p><a href="https://amazonaws.qualtrics.com/jfe/form/SV_3kTcQ9?case=%s&amp;lang=ja">アンケートに回答する</a></p>
<p style="font-size:11px;color:#888">本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。</p>
</body></html>""" % (CD, CD)
    out.append((build(dt(10, 11, 2, 0, 0), hdr("AWS トレーニングと認定") + " <aws-tc-survey@amazon.com>", ME_P,
                      "アンケートご協力のお願い (ケース %s)" % CD, html(h, cte="base64"), "D-survey",
                      authres=auth("amazon.com")),
                lab("survey", False, CD)))

    # 063 confirmation request for the third account, plain text QP
    t = """Hello Haruka,

Thanks, that was the missing piece. I found a third certification account:

Account #3
Candidate ID: %s
Login email: h.ishizaki@mail.kyoto-ts.ac.jp
Certifications: AWS Certified Developer - Associate (2019, expired 2022)

Once you confirm that this account is yours and that it should be merged into
your current account (%s, %s), I'll move it across.
As before, the account being merged in will be closed afterwards.

Regards,
Lukas
AWS Training and Certification
""" % (UNI_ID, NEW_ID, ME_P)
    TXT["A-conf2"] = t
    out.append((build(dt(10, 13, 0, 48, 37), "Amazon Web Services <%s>" % TC, ME_P,
                      "RE:[CASE %s] %s" % (CA, SUBJ_MERGE), part(t), "A-conf2", irt="A-u6",
                      refs=["A-done", "A-req2", "A-u6"], authres=auth("amazon.com"), crlf=True),
                lab("confirmation_request", True, CA, [UNI_ID, NEW_ID])))

    # 064 owner confirms, top-posted, very short
    new = "Yes, that one is mine. Go ahead.\n\nHaruka\n"
    q = gmail_q("Mon, 13 Oct 2025 at 09:48,", "Amazon Web Services <%s>" % TC, t)
    out.append((build(dt(10, 13, 10, 2, 55, JST), me_p(), "Amazon Web Services <%s>" % TC,
                      "Re: RE:[CASE %s] %s" % (CA, SUBJ_MERGE),
                      multi("alternative", part(new + "\n" + q),
                            html(gmail_html(new, "On Mon, 13 Oct 2025 at 09:48, Amazon Web Services <%s> wrote:" % TC, t))),
                      "A-u7", style="gmail", irt="A-conf2", refs=["A-done", "A-conf2"]),
                lab("user_reply", False, CA)))

    # 065 resolved again: third account merged, quoted confirmation below
    new = """Hi Haruka,

Done: I have merged %s into %s. The Developer - Associate (2019)
now shows in your exam history and certification list, marked as expired.
That completes everything on this case, so I am setting it to resolved.

Regards,
Lukas
AWS Training and Certification
""" % (UNI_ID, NEW_ID)
    t2 = new + "\n-----Original Message-----\nFrom: Amazon Web Services\nSent: 13 October 2025 00:48\n\n" + t
    out.append((build(dt(10, 14, 3, 20, 1), "Amazon Web Services <%s>" % TC, ME_P,
                      "RE:[CASE %s] %s" % (CA, SUBJ_MERGE), alt(t2, p2html(t2)), "A-done2", irt="A-u7",
                      refs=["A-done", "A-conf2", "A-u7"], authres=auth("amazon.com")),
                lab("resolved", False, CA, [UNI_ID, NEW_ID])))

    # 066 Credly: expired badge added to profile (old issuer address)
    t = """Hi Haruka,

A badge has been added to your Credly profile:

AWS Certified Developer - Associate
Issued by Amazon Web Services Training and Certification
Status: expired (2022-06-14)

Expired badges stay on your profile as history. Manage visibility under
Settings > Badge privacy.

The Credly Team
"""
    out.append((build(dt(10, 14, 9, 2, 18, EDT), "Credly <admin@youracclaim.com>", ME_P,
                      "A badge was added to your profile", alt(t, p2html(t)), "c066", style="youracclaim.com",
                      authres=auth("youracclaim.com", spf_ip="168.245.7.12")),
                lab("badge", False, None)))

    # 067 AWS marketing in Japanese (ISO-2022-JP subject, UTF-8 QP body)
    t = """AWS Innovate 日本語オンラインカンファレンス 開催のお知らせ

石崎 春香 様

生成 AI からデータ基盤まで、60 以上のセッションをオンデマンドで公開します。
認定試験の準備に役立つ「試験対策セッション」も新設しました。

お申し込みはこちら: https://aws.amazon.com/jp/events/innovate/

ご質問がございましたら、本メールへの返信ではなく、イベントページの
お問い合わせフォームをご利用ください。

配信停止: https://pages.awscloud.com/unsubscribe
アマゾン ウェブ サービス ジャパン合同会社
"""
    out.append((build(dt(10, 15, 1, 0, 0), formataddr(("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), charset="utf-8"),
                      ME_P, "【AWS Innovate】10 月 30 日開催 オンラインカンファレンスのご案内",
                      alt(t, p2html(t)), "c067", style="marketing.amazon.com", subj_charset="iso-2022-jp",
                      authres=auth("amazon.com", spf_ip="199.127.232.7")),
                lab("unrelated", False, None)))
    return out
