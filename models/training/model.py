"""The skill tagger: frozen GloVe + char-CNN + shape + punctuation-gap features -> BiLSTM ->
two BIO heads (SKILL, KNOWLEDGE), each with its own linear-chain CRF.

The network is written so that its ONNX export is exact for padded batches: the backward
LSTM runs a forward LSTM over each sequence reversed within its own length, so trailing
padding never reaches a real position, and the char-CNN max-pools only over real
characters. The CRFs stay outside the graph (transitions go to the JSON; Viterbi in TS)."""
from __future__ import annotations

import torch
from torch import nn

from hrtok import CHAR_ALPHABET, N_FEATS, SHAPES

N_TAGS = 3  # O, B, I
NEG = -10000.0


def reverse_within_length(x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
    """x: [B, T, D]; reverse positions 0..len-1 of each row, leave the padding in place."""
    T = x.size(1)
    t = torch.arange(T, device=x.device).unsqueeze(0)  # [1, T]
    lens = lengths.unsqueeze(1)
    idx = torch.where(t < lens, lens - 1 - t, t)  # [B, T]
    return torch.gather(x, 1, idx.unsqueeze(2).expand(-1, -1, x.size(2)))


class BiLSTMLayer(nn.Module):
    def __init__(self, d_in: int, hidden: int):
        super().__init__()
        self.fwd = nn.LSTM(d_in, hidden, batch_first=True)
        self.bwd = nn.LSTM(d_in, hidden, batch_first=True)
        self.hidden = hidden

    def forward(self, x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        # explicit zero states sized from the input: keeps the exported batch dim dynamic
        h0 = x.new_zeros(1, x.size(0), self.hidden)
        out_f, _ = self.fwd(x, (h0, h0))
        out_b, _ = self.bwd(reverse_within_length(x, lengths), (h0, h0))
        return torch.cat([out_f, reverse_within_length(out_b, lengths)], dim=2)


class ConvEncoder(nn.Module):
    """Residual dilated convolutions over the tokens (Strubell et al. 2017, ID-CNN): all
    positions in parallel, so CPU inference is a few GEMMs instead of a recurrence. Padding
    positions are zeroed after every layer, so a real token sees the same zeros beyond the
    end of its text whatever the batch's padding."""

    def __init__(self, d_in: int, hidden: int, dilations=(1, 2, 4, 1), dropout=0.3):
        super().__init__()
        self.proj = nn.Conv1d(d_in, hidden, kernel_size=1)
        self.convs = nn.ModuleList(nn.Conv1d(hidden, hidden, kernel_size=3, dilation=d, padding=d) for d in dilations)
        self.drop = nn.Dropout(dropout)
        self.out_dim = hidden

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        m = mask.unsqueeze(1).to(x.dtype)  # [B, 1, T]
        h = torch.relu(self.proj(x.transpose(1, 2))) * m
        for conv in self.convs:
            h = (h + self.drop(torch.relu(conv(h)))) * m
        return h.transpose(1, 2)


class LSTMEncoder(nn.Module):
    def __init__(self, d_in: int, hidden: int, layers: int, dropout: float):
        super().__init__()
        self.layers = nn.ModuleList(BiLSTMLayer(d_in if i == 0 else 2 * hidden, hidden) for i in range(layers))
        self.drop = nn.Dropout(dropout)
        self.out_dim = 2 * hidden

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        lengths = mask.sum(dim=1)
        for i, layer in enumerate(self.layers):
            x = layer(x, lengths)
            if i < len(self.layers) - 1:
                x = self.drop(x)
        return x


class SkillTaggerNet(nn.Module):
    def __init__(self, embeddings: torch.Tensor, char_dim=32, char_filters=64, shape_dim=8,
                 hidden=128, layers=4, dropout=0.5, tune_embeddings=False, encoder="cnn"):
        super().__init__()
        self.word = nn.Embedding.from_pretrained(embeddings, freeze=not tune_embeddings, padding_idx=0)
        self.char = nn.Embedding(len(CHAR_ALPHABET) + 2, char_dim, padding_idx=0)
        self.char_conv = nn.Conv1d(char_dim, char_filters, kernel_size=3, padding=1)
        self.shape = nn.Embedding(len(SHAPES), shape_dim, padding_idx=0)
        d_in = embeddings.size(1) + char_filters + shape_dim + N_FEATS
        if encoder == "cnn":
            dilations = (1, 2, 4, 1, 2, 4)[:layers]
            self.encoder = ConvEncoder(d_in, hidden, dilations, dropout=0.3)
        else:
            self.encoder = LSTMEncoder(d_in, hidden, layers, dropout)
        self.drop = nn.Dropout(dropout)
        self.word_drop = dropout
        self.heads = nn.Linear(self.encoder.out_dim, 2 * N_TAGS)

    def char_features(self, char_ids: torch.Tensor) -> torch.Tensor:
        Bsz, T, C = char_ids.shape
        flat = char_ids.reshape(Bsz * T, C)
        emb = self.char(flat).transpose(1, 2)  # [BT, E, C]
        conv = self.char_conv(emb)  # [BT, F, C]
        real = (flat > 0).unsqueeze(1).to(conv.dtype)  # [BT, 1, C]
        # max over real characters only, so the result does not depend on the batch's C.
        # An additive mask rather than masked_fill: the same numbers, but onnxruntime runs a
        # broadcast Add several times faster than the Where that masked_fill exports to.
        pooled = (conv + (real - 1.0) * -NEG).max(dim=2).values
        pooled = pooled * real.max(dim=2).values  # padding tokens -> 0
        return pooled.reshape(Bsz, T, -1)

    def forward(self, word_ids, char_ids, shape_ids, feats):
        """Returns emissions [B, T, 6]: SKILL O/B/I then KNOWLEDGE O/B/I."""
        return self.heads(self.drop(self.encode(word_ids, char_ids, shape_ids, feats)))

    def encode(self, word_ids, char_ids, shape_ids, feats):
        """The encoder's states [B, T, out_dim] (what masked-word pretraining trains)."""
        # the ONNX graph takes int32 ids (cheaper to fill than BigInt64 arrays in JavaScript)
        word_ids, char_ids, shape_ids = word_ids.long(), char_ids.long(), shape_ids.long()
        mask = shape_ids > 0  # every real token has a shape id >= 1
        w = self.word(word_ids)
        if self.training and self.word_drop > 0:
            # drop whole word vectors now and then so the char-CNN learns to stand in for OOVs
            keep = (torch.rand(word_ids.shape, device=w.device) > 0.1).unsqueeze(2).to(w.dtype)
            w = w * keep
        x = torch.cat([w, self.char_features(char_ids), self.shape(shape_ids), feats], dim=2)
        return self.encoder(self.drop(x), mask)


# BIO constraint: O -> I is invalid, and a sequence cannot start with I.
def allowed_transitions() -> torch.Tensor:
    allowed = torch.ones(N_TAGS, N_TAGS)
    allowed[0, 2] = 0  # O -> I
    return allowed


class CRF(nn.Module):
    def __init__(self):
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(N_TAGS, N_TAGS))
        self.start = nn.Parameter(torch.zeros(N_TAGS))
        self.end = nn.Parameter(torch.zeros(N_TAGS))
        self.register_buffer("mask_t", (1 - allowed_transitions()) * NEG)
        start_mask = torch.zeros(N_TAGS)
        start_mask[2] = NEG
        self.register_buffer("mask_s", start_mask)

    def constrained(self):
        return self.trans + self.mask_t, self.start + self.mask_s, self.end

    def nll(self, em: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Negative log-likelihood per sequence. em [B,T,K], tags [B,T], mask [B,T] bool."""
        trans, start, end = self.constrained()
        Bsz, T, K = em.shape
        maskf = mask.to(em.dtype)
        # score of the gold path
        score = start[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
        for t in range(1, T):
            step = trans[tags[:, t - 1], tags[:, t]] + em[:, t].gather(1, tags[:, t:t + 1]).squeeze(1)
            score = score + step * maskf[:, t]
        lengths = mask.sum(1)
        last = tags.gather(1, (lengths - 1).unsqueeze(1)).squeeze(1)
        score = score + end[last]
        # partition function
        alpha = start.unsqueeze(0) + em[:, 0]
        for t in range(1, T):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + trans.unsqueeze(0), dim=1) + em[:, t]
            alpha = torch.where(mask[:, t:t + 1], nxt, alpha)
        logz = torch.logsumexp(alpha + end.unsqueeze(0), dim=1)
        return logz - score

    def export(self) -> dict:
        trans, start, end = self.constrained()
        return {
            "transitions": trans.detach().tolist(),
            "start": start.detach().tolist(),
            "end": end.detach().tolist(),
        }


def viterbi(em: list[list[float]], crf: dict) -> list[int]:
    """Plain-Python Viterbi, the same as the TypeScript one (used for evaluation)."""
    trans, start, end = crf["transitions"], crf["start"], crf["end"]
    n = len(em)
    if n == 0:
        return []
    K = len(start)
    score = [start[k] + em[0][k] for k in range(K)]
    back = []
    for t in range(1, n):
        ptr = []
        nxt = []
        for j in range(K):
            best_i = 0
            best = score[0] + trans[0][j]
            for i in range(1, K):
                s = score[i] + trans[i][j]
                if s > best:
                    best, best_i = s, i
            ptr.append(best_i)
            nxt.append(best + em[t][j])
        back.append(ptr)
        score = nxt
    last = max(range(K), key=lambda k: (score[k] + end[k], -k))
    path = [last]
    for ptr in reversed(back):
        path.append(ptr[path[-1]])
    return path[::-1]
